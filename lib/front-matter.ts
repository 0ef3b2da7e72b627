import { parseDocument } from 'yaml';
import { ContentError } from './content-error';

/**
 * The one reader of front matter, for the importer (DocFX sources) and the build (content files). It reads
 * YAML and nothing else: gray-matter, which this replaces, evaluates `---js` and `---coffee` front matter as
 * code, and a source file from a public repository must never run anything. A fence with an engine name is
 * refused with the file and line; YAML tags (`!!js/function`…) are data here, never code.
 */
export type FrontMatterSplit = {
  /** The YAML mapping (empty when the file has no front matter). */
  data: Record<string, unknown>;
  /** What follows the closing fence. */
  body: string;
  /** 1-based line of the file where `body` starts, so that errors in the body keep the file's line numbers. */
  bodyLine: number;
  /** Whether the file had a front matter block at all. */
  present: boolean;
};

const OPENING = /^---[ \t]*(\S*)[ \t]*\r?$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

export function splitFrontMatter(raw: string, file: string): FrontMatterSplit {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines = text.split('\n');
  const opening = OPENING.exec(lines[0] ?? '');
  if (!opening) return { data: {}, body: text, bodyLine: 1, present: false };
  if (opening[1]) {
    throw new ContentError(file, 1, `front matter « ${opening[1]} » refusé : seul le YAML est accepté (---)`);
  }
  const end = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (end < 0) throw new ContentError(file, 1, 'front matter non fermé (--- attendu)');
  const yaml = lines
    .slice(1, end)
    .map((line) => line.replace(/\r$/, ''))
    .join('\n');
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line ?? 1;
    throw new ContentError(file, line + 1, `front matter illisible : ${problem.message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS({ maxAliasCount: 20 });
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ContentError(file, 2, 'front matter invalide : une liste de clés « nom: valeur » est attendue');
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    present: true,
  };
}
