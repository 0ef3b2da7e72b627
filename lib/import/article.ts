import { parse as parseYaml } from 'yaml';
import { convertBody, type ConvertOptions } from './convert';
import { learnHeadingId } from './headings';
import { expandIncludes, sourceLines } from './includes';
import { escapeMdxText } from './inline';
import { cleanTitle, docsetOf, renderFrontMatter, sourceDate, sourceHash, splitSource } from './source-meta';
import type { ImportedFrontMatter, ImportNote, ReadSource } from './types';

export type ArticleSource = {
  /** Absolute path of the source file (includes resolve against it). */
  file: string;
  raw: string;
  /** Folders of the file inside Microsoft's repository (the docset folder names the product). */
  folders: readonly string[];
};

export type ImportedArticle = { slug: string; meta: ImportedFrontMatter; mdx: string; notes: ImportNote[] };

/** A source file's base name is its slug (`troubleshoot-onboarding.md` → `troubleshoot-onboarding`). */
export function slugOfFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.(md|yml)$/, '');
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
  const converted = convertBody(lines, options);
  notes.push(...converted.notes);
  const meta = frontMatterOf(source, data, cleanTitle(converted.title ?? slug), notes);
  return { slug, meta, mdx: `${renderFrontMatter(meta)}\n${converted.body}`, notes };
}

/**
 * A YAML article (`### YamlMime:FAQ`, `Landing`…) is not converted: the portal shows its title and its
 * YAML as is, and the report lists it, so nothing is dropped silently.
 */
export function importYamlArticle(source: ArticleSource, slug: string): ImportedArticle {
  const mime = /^###\s*YamlMime:(\S+)/.exec(source.raw)?.[1] ?? 'inconnu';
  const data = (parseYaml(source.raw.replace(/^###.*\n/, '')) ?? {}) as {
    title?: string;
    metadata?: { title?: string; description?: string; 'ms.date'?: string };
  };
  const title = cleanTitle(String(data.title ?? data.metadata?.title ?? slug));
  const notes: ImportNote[] = [{ file: source.file, line: 1, construct: `article YAML (${mime}) gardé tel quel` }];
  const meta = frontMatterOf(source, { ...data.metadata, title }, title, notes);
  const body = [
    `<h1 id="${learnHeadingId(title) || slug}">${escapeMdxText(title)}</h1>`,
    '',
    '<Callout type="note">',
    '',
    `Article YAML (${escapeMdxText(mime)}) non converti : son contenu d’origine suit.`,
    '',
    '</Callout>',
    '',
    '```yaml',
    source.raw.trimEnd(),
    '```',
    '',
  ].join('\n');
  return { slug, meta, mdx: `${renderFrontMatter(meta)}\n${body}`, notes };
}
