import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content-error';
import { splitFrontMatter } from '@/lib/front-matter';
import { parseRedirections, type Redirections } from './links';
import type { ExistingArticle } from './plan';
import { decodeSource } from './source-text';
import type { ReadSource } from './types';

/** Files of a source tree that are not articles: navigation, shared fragments, the folder's own notes. */
const NOT_ARTICLES = new Set(['toc.yml', 'README.md', 'LICENSE', 'breadcrumb.yml', 'docfx.json']);

/** An article file named on the command line, with the folder it was found in (given or walked). */
export type SourceEntry = { file: string; folder: string };

export type SourceListing = { articles: SourceEntry[]; skipped: string[]; problems: ContentError[] };

/** Whether `file` is `dir` or inside it (both absolute, same form). */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

/**
 * The article files named on the command line: `.md` and `.yml` files, folders walked (`includes/`
 * excepted). A symbolic link whose real path leaves the folder being walked is refused, not followed; a
 * path that does not exist is a problem of its own; neither stops the others.
 */
export function listSources(entries: readonly string[]): SourceListing {
  const listing: SourceListing = { articles: [], skipped: [], problems: [] };
  const refuse = (file: string, reason: string) => listing.problems.push(new ContentError(file, undefined, reason));
  const visit = (entry: string, folder: string, realFolder: string) => {
    const real = fs.realpathSync(entry);
    if (!isInside(real, realFolder)) return refuse(entry, 'lien symbolique hors du dossier importé : refusé');
    const stat = fs.statSync(real);
    if (stat.isDirectory()) {
      if (path.basename(entry) === 'includes') return;
      for (const child of fs.readdirSync(entry).sort())
        if (!child.startsWith('.')) visit(path.join(entry, child), folder, realFolder);
    } else if (NOT_ARTICLES.has(path.basename(entry))) {
      if (/\.(md|yml)$/.test(entry)) listing.skipped.push(entry);
    } else if (/\.(md|yml)$/.test(entry)) {
      listing.articles.push({ file: entry, folder });
    }
  };
  for (const entry of entries) {
    const absolute = path.resolve(entry);
    if (!fs.existsSync(absolute)) {
      refuse(absolute, 'chemin introuvable');
      continue;
    }
    const folder = fs.statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    // The wall is the repository the path names (`sources/dossier-lien/secret.md` is in `sources/` even when
    // `dossier-lien` is a link that leaves it), else the folder itself.
    const wall = repositoryOf(absolute)?.root ?? folder;
    visit(absolute, folder, fs.realpathSync(wall));
  }
  return listing;
}

export type SourceRepository = { root: string; redirections: Redirections };

/** The repository a source belongs to: the nearest folder above it with `.openpublishing.redirection.json`. */
export function repositoryOf(file: string): SourceRepository | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.openpublishing.redirection.json');
    if (fs.existsSync(candidate)) {
      try {
        return { root: dir, redirections: parseRedirections(fs.readFileSync(candidate, 'utf8')) };
      } catch (error) {
        throw new ContentError(candidate, undefined, `redirections illisibles : ${(error as Error).message}`);
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the files of a source tree (includes) without ever leaving its root: a path outside it is not
 * read, nor is a path inside it whose real path (symbolic links resolved) is outside. `wall` says whether
 * the root is a repository (lib/import/includes.ts then refuses the article) or only the folder given.
 */
export function sourceReader(root: string, wall: 'repository' | 'folder'): ReadSource {
  const realRoot = fs.realpathSync(root);
  return (file) => {
    if (!isInside(path.resolve(file), path.resolve(root))) return { kind: 'outside', through: 'path', wall };
    if (!fs.existsSync(file)) return { kind: 'missing' };
    const real = fs.realpathSync(file);
    if (!isInside(real, realRoot)) return { kind: 'outside', through: 'link', wall };
    if (!fs.statSync(real).isFile()) return { kind: 'missing' };
    const { text, notes } = decodeSource(fs.readFileSync(real), file);
    return { kind: 'text', text, notes };
  };
}

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

export type ExistingContent = {
  articles: (ExistingArticle & { mdx: string })[];
  /** Articles whose front matter could not be read (never evaluated: YAML only), by slug. */
  unreadable: Map<string, ContentError>;
};

/** The articles of a content directory with what the update rules need from their front matter. */
export function readExisting(contentDir: string): ExistingContent {
  const existing: ExistingContent = { articles: [], unreadable: new Map() };
  for (const { name, text } of readFolder(contentDir, 'articles', '.mdx')) {
    let data: { sourceFile?: unknown; learnDir?: unknown; sourceHash?: unknown };
    try {
      data = splitFrontMatter(text, path.join(contentDir, 'articles', `${name}.mdx`)).data;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      existing.unreadable.set(name, error);
      continue;
    }
    existing.articles.push({
      slug: name,
      sourceFile: String(data.sourceFile ?? ''),
      learnDir: String(data.learnDir ?? ''),
      ...(data.sourceHash ? { sourceHash: String(data.sourceHash) } : {}),
      mdx: text,
    });
  }
  return existing;
}

/** The data files of a content directory (`tables/*.json`), by base name. */
export function readDataFiles(contentDir: string): { file: string; text: string }[] {
  return readFolder(contentDir, 'tables', '.json').map(({ name, text }) => ({ file: name, text }));
}
