import path from 'node:path';
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

type IncludeContext = { read: ReadSource; notes: ImportNote[]; stack: readonly string[] };

/** The lines of an included file, its own includes expanded; undefined (and a note) when missing or circular. */
function includedLines(written: string, at: SourceLine, ctx: IncludeContext): SourceLine[] | undefined {
  const resolve = (target: string) => path.resolve(path.dirname(at.file), target);
  const repaired = repairedIncludePath(written);
  const mangled =
    ctx.read(resolve(written)) === undefined && repaired !== written && ctx.read(resolve(repaired)) !== undefined;
  if (mangled)
    ctx.notes.push({
      file: at.file,
      line: at.line,
      construct: `[!INCLUDE] mal formé (« ${written} »), lu comme ${repaired}`,
    });
  const target = mangled ? repaired : written;
  const file = resolve(target);
  if (ctx.stack.includes(file)) {
    ctx.notes.push({ file: at.file, line: at.line, construct: `[!INCLUDE] circulaire (${target})` });
    return undefined;
  }
  const raw = ctx.read(file);
  if (raw === undefined) {
    ctx.notes.push({ file: at.file, line: at.line, construct: `[!INCLUDE] introuvable (${target}), retiré` });
    return undefined;
  }
  const lines = sourceLines(raw, file);
  while (lines.length && lines.at(-1)!.text.trim() === '') lines.pop();
  return expandIncludes(lines, ctx.read, ctx.notes, [...ctx.stack, file]);
}

/**
 * Inlines DocFX `[!INCLUDE [label](path)]`: a line that is only an include takes the included lines
 * (keeping its indentation or quote prefix); an include inside a sentence or a heading takes the included
 * text on one line. Paths are relative to the including file (`../` too); nested includes are expanded and
 * a cycle is cut and reported.
 */
export function expandIncludes(
  lines: readonly SourceLine[],
  read: ReadSource,
  notes: ImportNote[],
  stack: readonly string[] = [],
): SourceLine[] {
  const ctx: IncludeContext = { read, notes, stack: stack.length ? stack : [lines[0]?.file ?? ''] };
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!/\[\s*!\s*INCLUDE/i.test(line.text)) {
      out.push(line);
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
    out.push({ ...line, text });
  }
  return out;
}
