import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error';

/**
 * Root of the content folder: `content/` of the project, or `CONTENT_DIR` (an imported corpus, the scale
 * run). The build and tests run from the project root.
 */
export const CONTENT_DIR = contentDirFrom(process.env.CONTENT_DIR, process.cwd());

/**
 * How errors name a content file: `content/x` for the project's own folder, a path relative to the project
 * for a folder inside it, the absolute path for one outside it (`/tmp/x/articles/a.mdx`, not `../../tmp/…`).
 */
export const CONTENT_LABEL = contentLabelOf(CONTENT_DIR, process.cwd());

export function contentLabelOf(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}

export function contentDirFrom(env: string | undefined, cwd: string): string {
  return env && env.trim() !== '' ? path.resolve(cwd, env) : path.join(cwd, 'content');
}

/** The label of a file of the content folder in error messages, e.g. `content/articles/x.mdx`. */
export function contentPath(relative: string): string {
  return `${CONTENT_LABEL}/${relative}`;
}

export function contentFileExists(relative: string): boolean {
  return fs.existsSync(path.join(CONTENT_DIR, relative));
}

/** Base names of the files with `extension` in a folder of the content directory, sorted; none if it is absent. */
export function listContentFiles(folder: string, extension: string): string[] {
  const dir = path.join(CONTENT_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** Size in bytes of a file of the content folder, read before the file itself (size limits). */
export function contentFileBytes(relative: string): number {
  try {
    return fs.statSync(path.join(CONTENT_DIR, relative)).size;
  } catch {
    throw new ContentError(contentPath(relative), undefined, 'fichier introuvable');
  }
}

export function readContentFile(relative: string): string {
  const file = path.join(CONTENT_DIR, relative);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(contentPath(relative), undefined, 'fichier introuvable');
  }
}
/** 1-based line of the value at `jsonPath` in a JSON (or YAML) text, or of the nearest parent that exists. */
export function lineOfPath(text: string, jsonPath: readonly PropertyKey[]): number | undefined {
  const doc = parseDocument(text);
  for (let depth = jsonPath.length; depth >= 0; depth--) {
    const node = doc.getIn(jsonPath.slice(0, depth) as (string | number)[], true) as
      { range?: [number, number] } | undefined;
    if (node?.range) return text.slice(0, node.range[0]).split('\n').length;
  }
  return undefined;
}

/**
 * Where JSON.parse choked. V8 gives either `at position N` or an excerpt of the text around the
 * unexpected token; the excerpt is found back in the text.
 */
export function jsonErrorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const excerpt = /, (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  if (!excerpt) return undefined;
  const start = text.indexOf(excerpt);
  if (start < 0) return undefined;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const at = token ? text.indexOf(token, start) : -1;
  return at >= 0 ? at : start;
}

/**
 * Parses a JSON data file and validates it against its schema. Syntax and schema errors become a
 * ContentError naming `content/<file>:<line>` and the faulty field.
 */
export function parseDataFile<S extends z.ZodType>(relative: string, text: string, schema: S): z.infer<S> {
  const file = contentPath(relative);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text, message);
    const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    throw new ContentError(file, line, `JSON invalide (${message.split('\n')[0]})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(
      file,
      lineOfPath(text, issue.path),
      `${issue.path.join('.') || 'racine'} : ${issue.message}`,
    );
  }
  return result.data;
}
