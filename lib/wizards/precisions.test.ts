import { describe, expect, it } from 'vitest';
import { getSite } from '@/lib/site/site';
import { resolvePrecision } from './precisions';

const fail = (index: number, reason: string): never => {
  throw new Error(`source ${index} : ${reason}`);
};
const values = [{ label: 'Clé', value: 'Status' }];

describe('a team precision and its sources', () => {
  it('resolves a code row and an article section to their deep links', () => {
    const precision = resolvePrecision(
      {
        values,
        basis: 'Pourquoi.',
        sources: [
          { table: 'script', row: 'evt-40', quote: 'n’est pas défini sur 1' },
          { article: 'troubleshoot-onboarding', anchor: 'confirming-onboarding-of-newly-built-devices', quote: 'OOBE' },
        ],
      },
      fail,
      getSite(),
    );
    expect(precision.sources.map((s) => s.path)).toEqual([
      '/codes/script#evt-40',
      '/articles/troubleshoot-onboarding#confirming-onboarding-of-newly-built-devices',
    ]);
    expect(precision.sources[0]?.label).toContain('Événement 40');
  });

  it.each([
    [{ table: 'script', row: 'evt-40', quote: 'égal à 2' }, /source 0 : la citation « égal à 2 » n’est pas dans/],
    [{ table: 'script', row: 'evt-999', quote: 'x' }, /ligne « evt-999 » absente/],
    [{ table: 'inconnue', row: 'evt-1', quote: 'x' }, /table de codes « inconnue » inconnue/],
    [{ article: 'troubleshoot-onboarding' as const, anchor: 'nulle-part', quote: 'x' }, /section « nulle-part »/],
  ])('refuses a source that does not say it: %j', (source, message) => {
    expect(() => resolvePrecision({ values, basis: 'Pourquoi.', sources: [source] }, fail, getSite())).toThrow(message);
  });
});
