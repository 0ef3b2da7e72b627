import { describe, expect, it } from 'vitest';
import { answerRank, evaluateCases, qualityFigures } from './search-quality';

describe('search evaluation', () => {
  it('ranks the first matching link, 1-based', () => {
    const c = { q: 'x', expect: ['^/b$', '^/c#d$'] };
    expect(answerRank(c, ['/a', '/c#d', '/b'])).toBe(2);
    expect(answerRank(c, ['/a', '/bb'])).toBeUndefined();
  });

  it('computes success@1, success@3 and MRR', () => {
    const results: Record<string, string[]> = { one: ['/ok'], three: ['/a', '/b', '/ok'], none: ['/a'] };
    const cases = Object.keys(results).map((q) => ({ q, expect: ['^/ok$'] }));
    const figures = qualityFigures(evaluateCases(cases, (q) => results[q] ?? []));
    expect(figures).toEqual({ cases: 3, at1: 1 / 3, at3: 2 / 3, mrr: (1 + 1 / 3) / 3 });
  });
});
