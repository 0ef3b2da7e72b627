import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content-error';
import type { Redirections } from './links';

/**
 * A DocFX docset as its `docfx.json` defines it: the folder holding the file, which files of it are articles
 * (`build.content[].files` minus `exclude`, globs relative to `src`), and its `dest` (DocFX's output folder:
 * in the real repositories it is not the Learn URL base — `ATPDocs` is published under /defender-for-identity,
 * `intune/` under /intune with `dest: intune-azure` — so the URL base comes first from the repository's
 * redirections, see `docsetUrlBase`, and from `dest` only when they say nothing).
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

/** The docset's files as Learn paths: relative, without extension, lower case (`troubleshoot/collect-logs`). */
function learnPathsOf(dir: string): Set<string> {
  const paths = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|yml)$/i.test(entry.name))
        paths.add(
          path
            .relative(dir, full)
            .split(path.sep)
            .join('/')
            .replace(/\.(md|yml)$/i, '')
            .toLowerCase(),
        );
    }
  };
  walk(dir);
  return paths;
}

const bases = new Map<string, string | undefined>();

/**
 * The Learn URL base of a docset, from the repository's redirections: the first path segment of the
 * redirections that land on one of the docset's own files (`/intune-classic/deploy-use/x` when the docset
 * holds `deploy-use/x.md`). A redirection says where its target lives, whichever docset its source was in
 * (Intune moved hundreds of `intune/` articles to `/intune-classic/`), so only the targets count. Undefined
 * when none lands in the docset: the caller then knows no URL rather than guessing one.
 */
export function docsetUrlBase(docset: Docset, redirections: Redirections): string | undefined {
  if (bases.has(docset.dir)) return bases.get(docset.dir);
  const own = learnPathsOf(docset.dir);
  const counts = new Map<string, number>();
  for (const url of redirections.values()) {
    const sitePath = url.replace(/^https:\/\/(?:learn|docs)\.microsoft\.com(?:\/[a-z]{2}-[a-z]{2})?(?=\/)/i, '');
    if (!sitePath.startsWith('/')) continue;
    // A base may have several segments (`microsoft-365/security/defender-endpoint`): the longest tail of
    // the path that is one of the docset's files says where the base ends.
    const segments = sitePath
      .replace(/[?#].*$/, '')
      .replace(/^\/|\/$/g, '')
      .toLowerCase()
      .split('/');
    for (let k = 1; k < segments.length; k++) {
      if (!own.has(segments.slice(k).join('/'))) continue;
      const base = segments.slice(0, k).join('/');
      if (/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(base)) counts.set(base, (counts.get(base) ?? 0) + 1);
      break;
    }
  }
  const base = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  bases.set(docset.dir, base);
  return base;
}

/** DocFX's `dest` as a Learn folder, when it can be one (lower-case letters, digits, dashes); else undefined. */
export function destBase(docset: Docset): string | undefined {
  return docset.dest && /^[a-z0-9-]+$/.test(docset.dest) ? docset.dest : undefined;
}
