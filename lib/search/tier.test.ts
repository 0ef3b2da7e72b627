import { describe, expect, it } from 'vitest';
import { hasSureAnswer, resultTier, resultTiers, type TierInput } from './tier';

const result = (
  score: number,
  covered: number,
  words: number,
  lead = 1,
  extra: Partial<TierInput> = {},
): TierInput => ({
  score,
  evidence: { words, covered, lead },
  ...extra,
});

describe('resultTier', () => {
  it('marks a result found by a code, event, status or case as an exact match', () => {
    for (const kind of ['code32', 'event', 'status', 'case'] as const)
      expect(resultTier(result(1, 0, 3, 0, { code: { value: 35, kind, text: '35' } }), false)).toBe('exact');
  });

  it('never marks a bare number (a hint) as exact', () => {
    expect(resultTier(result(1, 0, 3, 1, { code: { value: 35, kind: 'number', text: '35' } }), true)).toBe('possible');
  });

  it('marks a result covering most words strongly as probable, a few shared words as possible', () => {
    expect(resultTier(result(30, 5, 5), true)).toBe('probable');
    expect(resultTier(result(30, 2, 6), true)).toBe('possible');
    expect(resultTier(result(4, 4, 5), true)).toBe('possible');
  });

  it('keeps a result far below the first at possible', () => {
    expect(resultTier(result(30, 5, 5, 0.3), false)).toBe('possible');
    expect(resultTier(result(30, 5, 5, 0.9), false)).toBe('probable');
  });

  it('says when a list holds no sure answer', () => {
    expect(hasSureAnswer(resultTiers([result(4, 2, 6), result(3, 2, 6, 0.8)]))).toBe(false);
    expect(hasSureAnswer(resultTiers([result(30, 5, 5)]))).toBe(true);
    expect(hasSureAnswer([])).toBe(false);
  });
});
