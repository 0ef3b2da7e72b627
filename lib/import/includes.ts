import path from 'node:path';
import { ContentError } from '@/lib/content-error';
import { kilobytes, MAX_ARTICLE_BYTES } from './source-text';
import { splitSource } from './source-meta';
import type { ImportNote, ReadSource, SourceLine } from './types';

/**
 * `[!INCLUDE [label](path)]`, also as machine translation mangles it: `[! INCLUDe [Product Short]
 * (includes/Product-Short. MD)]` (spaces, case); the path is then read without spaces, in lower case.
 */
const INCLUDE_SOURCE = String.raw`\[\s*!\s*INCLUDE?\s*\[[^\]]*\]\s*\(\s*([^)]+?)\s*\)\s*\]`;
const INCLUDE = new RegExp(INCLUDE_SOURCE, 'gi');
const BLOCK_INCLUDE = new RegExp(String.raw`^(\s*(?:>\s*)*)${INCLUDE_SOURCE}\s*$`, 'i');

/** The path machine translation mangled (`includes/Product-Short. MD`), repaired: no spaces, lower case. */
export function repairedIncludePath(written: string): string {
  return written.replace(/\s+/g, '').toLowerCase();
}

/** The lines of a file's body (front matter dropped), each with its file and line. */
export function sourceLines(raw: string, file: string): SourceLine[] {
  const { body, firstLine } = splitSource(raw, file);
  return body.split('\n').map((text, i) => ({ text, file, line: firstLine + i }));
}

type IncludeContext = {
  read: ReadSource;
  notes: ImportNote[];
  stack: readonly string[];
  /** Characters of the expanded article so far: includes of includes must not grow it past the size limit. */
  size: { total: number };
};

const fail = (at: SourceLine, reason: string): never => {
  throw new ContentError(at.file, at.line, reason);
};

/** An included file as read through the source root (lib/import/source-tree.ts), or why it was not read. */
function readInclude(written: string, at: SourceLine, ctx: IncludeContext) {
  const resolve = (target: string) => path.resolve(path.dirname(at.file), target);
  const first = ctx.read(resolve(written));
  const repaired = repairedIncludePath(written);
  if (first.kind !== 'missing' || repaired === written) return { target: written, file: resolve(written), read: first };
  const second = ctx.read(resolve(repaired));
  if (second.kind !== 'text') return { target: written, file: resolve(written), read: first };
  ctx.notes.push({
    file: at.file,
    line: at.line,
    construct: `[!INCLUDE] mal formé (« ${written} »), lu comme ${repaired}`,
  });
  return { target: repaired, file: resolve(repaired), read: second };
}

/**
 * The lines of an included file, its own includes expanded; undefined (and a note) when missing, circular,
 * or outside a folder that is not known to be the whole repository. An include that leaves the source
 * repository, or whose link points outside the root, is never read: the article is refused.
 */
function includedLines(written: string, at: SourceLine, ctx: IncludeContext): SourceLine[] | undefined {
  const { target, file, read } = readInclude(written, at, ctx);
  if (read.kind === 'outside') {
    if (read.through === 'link' || read.wall === 'repository')
      fail(at, `[!INCLUDE] hors de la racine des sources (${target}) : refusé, rien n’a été lu`);
    ctx.notes.push({
      file: at.file,
      line: at.line,
      construct: `[!INCLUDE] hors du dossier importé (${target}), non lu, retiré`,
    });
    return undefined;
  }
  if (ctx.stack.includes(file)) {
    ctx.notes.push({ file: at.file, line: at.line, construct: `[!INCLUDE] circulaire (${target})` });
    return undefined;
  }
  if (read.kind === 'missing') {
    ctx.notes.push({ file: at.file, line: at.line, construct: `[!INCLUDE] introuvable (${target}), retiré` });
    return undefined;
  }
  ctx.notes.push(...read.notes);
  const lines = sourceLines(read.text, file);
  while (lines.length && lines.at(-1)!.text.trim() === '') lines.pop();
  return expand(lines, { ...ctx, stack: [...ctx.stack, file] });
}

function grow(ctx: IncludeContext, line: SourceLine): SourceLine {
  ctx.size.total += line.text.length + 1;
  if (ctx.size.total > MAX_ARTICLE_BYTES)
    fail(line, `article de plus de ${kilobytes(MAX_ARTICLE_BYTES)} Ko une fois les [!INCLUDE] insérés : refusé`);
  return line;
}

function expand(lines: readonly SourceLine[], ctx: IncludeContext): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!/\[\s*!\s*INCLUDE/i.test(line.text)) {
      out.push(grow(ctx, line));
      continue;
    }
    const block = BLOCK_INCLUDE.exec(line.text);
    if (block) {
      const [, prefix = '', target = ''] = block;
      const included = includedLines(target, line, ctx) ?? [];
      out.push(...included.map((l) => ({ ...l, text: l.text === '' ? prefix.trimEnd() : prefix + l.text })));
      continue;
    }
    const text = line.text.replace(INCLUDE, (_, target: string) =>
      (includedLines(target, line, ctx) ?? [])
        .map((l) => l.text.trim())
        .filter(Boolean)
        .join(' '),
    );
    out.push(grow(ctx, { ...line, text }));
  }
  return out;
}

/**
 * Inlines DocFX `[!INCLUDE [label](path)]`: a line that is only an include takes the included lines
 * (keeping its indentation or quote prefix); an include inside a sentence or a heading takes the included
 * text on one line. Paths are relative to the including file (`../` too) and read through `read`, which
 * keeps them inside the source root; nested includes are expanded, a cycle is cut and reported, and the
 * expanded article is refused past the size limit.
 */
export function expandIncludes(lines: readonly SourceLine[], read: ReadSource, notes: ImportNote[]): SourceLine[] {
  return expand(lines, { read, notes, stack: [lines[0]?.file ?? ''], size: { total: 0 } });
}
