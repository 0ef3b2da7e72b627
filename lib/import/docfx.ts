import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content-error';
import type { Redirections } from './links';

/**
 * A DocFX docset as its `docfx.json` defines it: the folder holding the file, which files of it are articles
 * (`build.content[].files` minus `exclude`, globs relative to `src`), and its `dest` (DocFX's output folder:
 * in the real repositories it is not the Learn URL base — `ATPDocs` is published under /defender-for-identity,
 * `intune/` under /intune with `dest: intune-azure` — so the URL base comes from the repository's
 * redirections, see `docsetUrlBase`).
 */
export type Docset = {
  /** Absolute folder of `docfx.json`. */
  dir: string;
  content: { src: string; files: RegExp[]; exclude: RegExp[] }[];
  dest?: string;
};

/** A DocFX glob (`**`, `*`, `?`, relative to the docset) as a regular expression over `/`-separated paths. */
export function globRegExp(glob: string): RegExp {
  let source = '';
  const pattern = glob.replace(/^\.\//, '');
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` is any number of folders (none included); a trailing `**` is anything below.
      if (pattern[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // DocFX matches file names without regard to case on Windows, where these repositories are written.
  return new RegExp(`^${source}$`, 'i');
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

/** Reads `<dir>/docfx.json`; a file that is not JSON is refused with its name (the articles of it are not guessed). */
export function readDocfx(dir: string): Docset {
  const file = path.join(dir, 'docfx.json');
  let data: { build?: { content?: unknown[]; dest?: unknown } };
  try {
    // Learn repositories' JSON files may start with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as typeof data;
  } catch (error) {
    throw new ContentError(file, undefined, `docfx.json illisible : ${(error as Error).message}`);
  }
  const content = (data.build?.content ?? []).flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return [];
    const e = entry as { files?: unknown; exclude?: unknown; src?: unknown };
    return [
      {
        src: typeof e.src === 'string' ? e.src.replace(/^\.\/?|\/$/g, '') : '',
        files: strings(e.files).map(globRegExp),
        exclude: strings(e.exclude).map(globRegExp),
      },
    ];
  });
  return { dir, content, ...(typeof data.build?.dest === 'string' ? { dest: data.build.dest } : {}) };
}

/** The docset a file belongs to: the nearest `docfx.json` above it, not above `root` (the repository). */
export function docsetOf(file: string, root: string): Docset | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'docfx.json'))) return readDocfx(dir);
    if (dir === root || path.dirname(dir) === dir) return undefined;
  }
}

/** Whether a repository declares docsets at all (a `docfx.json` at its root or in a folder of its root). */
export function hasDocsets(root: string): boolean {
  if (fs.existsSync(path.join(root, 'docfx.json'))) return true;
  return fs
    .readdirSync(root, { withFileTypes: true })
    .some((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'docfx.json')));
}

/** DocFX reads `toc.md`/`toc.yml` (any case) as a table of contents, never as an article. */
export function isTocFile(file: string): boolean {
  return /^toc\.(md|yml)$/i.test(path.basename(file));
}

/** Whether DocFX would publish `file` as an article of `docset`. */
export function isPublished(docset: Docset, file: string): boolean {
  if (isTocFile(file)) return false;
  return docset.content.some(({ src, files, exclude }) => {
    const relative = path.relative(path.join(docset.dir, src), file).split(path.sep).join('/');
    if (relative.startsWith('../')) return false;
    return files.some((glob) => glob.test(relative)) && !exclude.some((glob) => glob.test(relative));
  });
}

/**
 * The Learn URL base of a docset, from the repository's redirections: the first path segment most of the
 * redirections of its files point to (`intune-classic/…` → `/intune-classic/…`). Undefined when they say
 * nothing: the caller then knows no URL rather than guessing one.
 */
export function docsetUrlBase(docsetFolder: string, redirections: Redirections): string | undefined {
  const counts = new Map<string, number>();
  const prefix = docsetFolder ? `${docsetFolder}/` : '';
  for (const [source, url] of redirections) {
    if (!source.startsWith(prefix)) continue;
    const sitePath = url.replace(/^https:\/\/(?:learn|docs)\.microsoft\.com(?:\/[a-z]{2}-[a-z]{2})?(?=\/)/i, '');
    const base = /^\/([a-z0-9-]+)\//.exec(sitePath)?.[1];
    if (base) counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
