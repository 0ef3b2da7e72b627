import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { ContentError } from '@/lib/content-error';
import { convertBody, type ConvertOptions } from './convert';
import { emitMdx } from './emit';
import { learnHeadingId, portalId } from './headings';
import { expandIncludes, sourceLines } from './includes';
import { flowElement, text, textElement } from './mdast';
import { cleanTitle, docsetOf, renderFrontMatter, sourceDate, sourceHash, splitSource } from './source-meta';
import type { ImportedFrontMatter, ImportNote, ReadSource } from './types';

export type ArticleSource = {
  /** Absolute path of the source file (includes resolve against it). */
  file: string;
  raw: string;
  /** Folders of the file inside Microsoft's repository (the docset folder names the product). */
  folders: readonly string[];
};

/** An imported article: its front matter, its tree, and the MDX written from them. */
export type ImportedArticle = { slug: string; meta: ImportedFrontMatter; tree: Root; mdx: string; notes: ImportNote[] };

/** A source file's base name is its slug (`troubleshoot-onboarding.md` → `troubleshoot-onboarding`). */
export function slugOfFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.(md|yml)$/, '');
}

/** The MDX of an article: YAML front matter (JSON strings are YAML), then the body written from its tree. */
export function articleMdx(meta: ImportedFrontMatter, tree: Root): string {
  return `${renderFrontMatter(meta)}\n${emitMdx(tree)}`;
}

function frontMatterOf(
  source: ArticleSource,
  data: Record<string, unknown>,
  fallbackTitle: string,
  notes: ImportNote[],
): ImportedFrontMatter {
  const docset = docsetOf(data, source.folders);
  const base = slugOfFile(source.file);
  if (!docset)
    notes.push({
      file: source.file,
      line: 1,
      construct:
        'produit inconnu (ni dossier de docset ni ms.service connu), Defender pour point de terminaison supposé',
    });
  const { product, learnDir } = docset ?? {
    product: 'defender-endpoint' as const,
    learnDir: 'microsoft-365/security/defender-endpoint',
  };
  const date = sourceDate(data);
  if (!date) notes.push({ file: source.file, line: 1, construct: 'ni ms.date ni ms.lasthandoff : date du jour' });
  const title = cleanTitle(String(data.title ?? '')) || fallbackTitle;
  return {
    title,
    description: String(data.description ?? '').trim() || title,
    product,
    sourceFile: source.file.replace(/^.*\//, ''),
    sourceDate: date ?? new Date().toISOString().slice(0, 10),
    learnUrl: `https://learn.microsoft.com/fr-fr/${learnDir}/${base}`,
    learnDir,
    sourceHash: sourceHash(source.raw),
  };
}

function imported(slug: string, meta: ImportedFrontMatter, tree: Root, notes: ImportNote[]): ImportedArticle {
  return { slug, meta, tree, mdx: articleMdx(meta, tree), notes };
}

/** A DocFX Markdown article as the portal's MDX: front matter, then the converted body. */
export function importMarkdownArticle(
  source: ArticleSource,
  slug: string,
  read: ReadSource,
  options: ConvertOptions = {},
): ImportedArticle {
  const notes: ImportNote[] = [];
  const { data } = splitSource(source.raw, source.file);
  const lines = expandIncludes(sourceLines(source.raw, source.file), read, notes);
  const converted = convertBody(source.file, lines, options);
  notes.push(...converted.notes);
  const meta = frontMatterOf(source, data, cleanTitle(converted.title ?? slug), notes);
  return imported(slug, meta, converted.tree, notes);
}

type YamlArticle = { title?: unknown; metadata?: { title?: unknown; description?: unknown; 'ms.date'?: unknown } };

/** A YAML article's data, or a refusal naming its line when it does not parse. */
function readYaml(raw: string, file: string): YamlArticle {
  const mimeLine = /^###.*\n/.exec(raw)?.[0] ?? '';
  const document = parseDocument(raw.slice(mimeLine.length), { prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const line = (problem.linePos?.[0]?.line ?? 1) + (mimeLine ? 1 : 0);
    throw new ContentError(file, line, `YAML illisible : ${problem.message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS({ maxAliasCount: 20 });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as YamlArticle) : {};
}

/**
 * A YAML article (`### YamlMime:FAQ`, `Landing`…) is not converted: the portal shows its title and its
 * YAML as a code block (a tree node: the serializer picks a fence no line of the YAML can close), and the
 * report lists it, so nothing is dropped silently.
 */
export function importYamlArticle(source: ArticleSource, slug: string): ImportedArticle {
  const mime = /^###\s*YamlMime:(\S+)/.exec(source.raw)?.[1] ?? 'inconnu';
  const data = readYaml(source.raw, source.file);
  const title = cleanTitle(String(data.title ?? data.metadata?.title ?? slug));
  const notes: ImportNote[] = [{ file: source.file, line: 1, construct: `article YAML (${mime}) gardé tel quel` }];
  const meta = frontMatterOf(source, { ...data.metadata, title }, title, notes);
  const note = `Article YAML (${mime}) non converti : son contenu d’origine suit.`;
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [textElement('h1', { id: portalId(learnHeadingId(title) || slug) }, [text(title)])],
      },
      flowElement('Callout', { type: 'note' }, [{ type: 'paragraph', children: [text(note)] }]),
      { type: 'code', lang: 'yaml', value: source.raw.replace(/\r\n?/g, '\n').trimEnd() },
    ],
  };
  return imported(slug, meta, tree, notes);
}
