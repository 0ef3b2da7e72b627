/**
 * An error in content/ (an article or a data file). Its message starts with `file:line` so that a failed
 * build points the author at the place to fix, as compilers do.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** 1-based line of the first occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  if (index < 0) return undefined;
  return text.slice(0, index).split('\n').length;
}
