import { describe, expect, it } from 'vitest';
import { searchSchema } from './schemas';
import { searchLogBody, tierOf } from './search-log';

const evidence = { words: 3, covered: 1, lead: 0.1 };
const results = [
  {
    href: '/codes/intune#0x87d1fde8',
    score: 1234.56789,
    code: { value: 0x87d1fde8, kind: 'hresult' } as never,
    evidence,
  },
  { href: '/articles/configure-proxy#a', score: 3.2, evidence },
];

describe('searchLogBody', () => {
  it('says how many results, the first one’s tier and score, and the rank opened', () => {
    const body = searchLogBody(
      '0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0',
      'entete',
      ' 0x87D1FDE8 ',
      results,
      '/articles/configure-proxy#a',
    );
    expect(body).toEqual({
      key: '0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0',
      query: '0x87D1FDE8',
      context: 'entete',
      resultCount: 2,
      topTier: 'exacte',
      topScore: 1234.568,
      openedRank: 2,
      openedTarget: '/articles/configure-proxy#a',
    });
    expect(searchSchema.safeParse(body).success).toBe(true);
  });

  it('no result, nothing opened, a query still being typed, a long paste cut', () => {
    expect(searchLogBody('0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0', 'recherche', 'xyz', [])).toMatchObject({
      resultCount: 0,
      topTier: null,
      topScore: null,
      openedRank: null,
      openedTarget: null,
    });
    expect(searchLogBody('k', 'recherche', ' a ', results)).toBeUndefined();
    expect(searchLogBody('k', 'recherche', 'x'.repeat(5000), results)?.query).toHaveLength(1000);
  });

  it('stores the tier the agent saw on the first result, in French', () => {
    expect(tierOf(results[0]!)).toBe('exacte');
    expect(tierOf({ score: 0.4, evidence: { words: 3, covered: 1, lead: 1 } })).toBe('possible');
  });
});
