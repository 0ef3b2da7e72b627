import { describe, expect, it } from 'vitest';
import { expandCodeRanges, findOverlap, parseCodeRange } from './ranges';

describe('code ranges', () => {
  it('parses single codes and ranges', () => {
    expect(parseCodeRange('18')).toEqual([18, 18]);
    expect(parseCodeRange('26-33')).toEqual([26, 33]);
  });
  it('expands ranges to every number they hold', () => {
    expect(expandCodeRanges(['5-9', '11-12'])).toEqual([5, 6, 7, 8, 9, 11, 12]);
    expect(expandCodeRanges(['9-5'])).toEqual([]);
  });
  it('finds ranges that overlap across rows', () => {
    expect(findOverlap([['5-9'], ['10', '42']])).toBeUndefined();
    expect(
      findOverlap([
        ['5-9', '26-33'],
        ['13-14', '29'],
      ]),
    ).toEqual(['26-33', '29']);
  });
});
