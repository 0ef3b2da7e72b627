import { ContentError } from '@/lib/content-error';
import type { ImportNote } from './types';

/**
 * Limits of one article, checked before anything is converted or written. The largest real article of the
 * corpus (fixtures/corpus, `whats-new.md`) is 76 KB with 88 headings: 1 MB and 2,000 headings leave a
 * wide margin for real content, while the 5 MB / 19,000-section article of issue #14 (a 13-minute, 4.9 GB
 * build) is refused with its name. Every section costs the build a wrapper, a table-of-contents entry,
 * ticket blocks and search documents, hence a heading count beside the size.
 */
export const MAX_ARTICLE_BYTES = 1_000_000;
export const MAX_HEADINGS = 2_000;

const LF = 0x0a;

export const kilobytes = (bytes: number) => Math.ceil(bytes / 1000).toLocaleString('fr-FR');

/** 1-based line of the first line that is not valid UTF-8 (UTF-8 never uses the byte 0x0A inside a character). */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(LF, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 1;
}

/** C0 and C1 control characters other than tab, line feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The text of a source file, or a refusal naming the file (and line): over the size limit, not UTF-8
 * (decoding would put U+FFFD into text and ids), or holding NUL (a binary file). Other control characters
 * are invisible and break ids and search: they are removed, and each removal is a note with its line.
 */
export function decodeSource(bytes: Uint8Array, file: string): { text: string; notes: ImportNote[] } {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ContentError(
      file,
      undefined,
      `fichier de ${kilobytes(bytes.length)} Ko refusé : un article source fait au plus ${kilobytes(MAX_ARTICLE_BYTES)} Ko`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, firstInvalidLine(bytes), 'octets invalides : le fichier doit être en UTF-8');
  }
  const notes: ImportNote[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.includes('\u0000')) throw new ContentError(file, index + 1, 'caractère NUL : fichier binaire ou corrompu');
    const controls = line.match(CONTROL);
    if (controls) {
      notes.push({
        file,
        line: index + 1,
        construct: `caractère de contrôle ${[...new Set(controls)].map(codePoint).join(', ')} retiré`,
      });
      lines[index] = line.replace(CONTROL, '');
    }
  });
  return { text: notes.length ? lines.join('\n') : text, notes };
}
