/** `26-33` -> [26, 33]; `18` -> [18, 18]. Assumes the string passed the schema's pattern. */
export function parseCodeRange(range: string): [number, number] {
  const [from, to = from] = range.split('-').map(Number) as [number, number?];
  return [from, to as number];
}

/** Every number of the ranges, in order: `['5-7', '11']` -> [5, 6, 7, 11]. */
export function expandCodeRanges(ranges: readonly string[]): number[] {
  return ranges.flatMap((range) => {
    const [from, to] = parseCodeRange(range);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
}

/** The first pair of ranges (over all rows) that share a number, if any. */
export function findOverlap(rows: readonly (readonly string[])[]): [string, string] | undefined {
  const owner = new Map<number, string>();
  for (const ranges of rows) {
    for (const range of ranges) {
      for (const code of expandCodeRanges([range])) {
        const previous = owner.get(code);
        if (previous !== undefined) return [previous, range];
        owner.set(code, range);
      }
    }
  }
  return undefined;
}
