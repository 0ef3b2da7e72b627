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

/**
 * Several errors of one content file, found in one pass (the article check goes on after a bad node): the
 * message lists them one per line, each with its `file:line`, so that the author fixes them all at once.
 */
export class ContentErrors extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ContentErrors';
  }
}

/** Throws what `errors` holds: nothing, the one error, or all of them together. */
export function throwContentErrors(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}

/**
 * The content errors an exception carries, one per line of its message; none if it is another kind of error.
 * Recognised by name as well as by class: Next bundles pages and route handlers apart, each with its own copy
 * of this module, and they share one read of the content (lib/site), so an error may come from the other copy.
 */
export function contentErrorsOf(error: unknown): readonly ContentError[] {
  if (error instanceof ContentErrors || (error instanceof Error && error.name === 'ContentErrors'))
    return (error as ContentErrors).errors;
  if (error instanceof ContentError || (error instanceof Error && error.name === 'ContentError'))
    return [error as ContentError];
  return [];
}

/** 1-based line of the first occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  if (index < 0) return undefined;
  return text.slice(0, index).split('\n').length;
}
