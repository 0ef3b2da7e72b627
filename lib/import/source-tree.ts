import fs from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '@/lib/front-matter';
import { parseRedirections, type Redirections } from './links';
import type { ExistingArticle } from './plan';

/** Files of a source tree that are not articles: navigation, shared fragments, the folder's own notes. */
const NOT_ARTICLES = new Set(['toc.yml', 'README.md', 'LICENSE', 'breadcrumb.yml', 'docfx.json']);

/** The article files named on the command line: `.md` and `.yml` files, folders walked (includes/ excepted). */
export function listSources(entries: readonly string[]): { articles: string[]; skipped: string[] } {
  const articles: string[] = [];
  const skipped: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      if (path.basename(entry) === 'includes') return;
      for (const child of fs.readdirSync(entry).sort()) if (!child.startsWith('.')) visit(path.join(entry, child));
    } else if (NOT_ARTICLES.has(path.basename(entry))) {
      if (/\.(md|yml)$/.test(entry)) skipped.push(entry);
    } else if (/\.(md|yml)$/.test(entry)) {
      articles.push(path.resolve(entry));
    }
  };
  entries.forEach(visit);
  return { articles, skipped };
}

export type SourceRepository = { root: string; redirections: Redirections };

/** The repository a source belongs to: the nearest folder above it with `.openpublishing.redirection.json`. */
export function repositoryOf(file: string): SourceRepository | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.openpublishing.redirection.json');
    if (fs.existsSync(candidate))
      return { root: dir, redirections: parseRedirections(fs.readFileSync(candidate, 'utf8')) };
    if (path.dirname(dir) === dir) return undefined;
  }
}

export const readSourceFile = (file: string): string | undefined =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;

/** The files of a folder of the content directory with that extension, by base name, with their text. */
function readFolder(contentDir: string, folder: string, extension: string): { name: string; text: string }[] {
  const dir = path.join(contentDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => ({ name: file.slice(0, -extension.length), text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** The articles of a content directory with what the update rules need from their front matter. */
export function readExisting(contentDir: string): (ExistingArticle & { mdx: string })[] {
  return readFolder(contentDir, 'articles', '.mdx').map(({ name, text }) => {
    const data = splitFrontMatter(text, path.join(contentDir, 'articles', `${name}.mdx`)).data as {
      sourceFile?: string;
      learnDir?: string;
      sourceHash?: string;
    };
    return {
      slug: name,
      sourceFile: data.sourceFile ?? '',
      learnDir: data.learnDir ?? '',
      ...(data.sourceHash ? { sourceHash: data.sourceHash } : {}),
      mdx: text,
    };
  });
}

/** The data files of a content directory (`tables/*.json`), by base name. */
export function readDataFiles(contentDir: string): { file: string; text: string }[] {
  return readFolder(contentDir, 'tables', '.json').map(({ name, text }) => ({ file: name, text }));
}
