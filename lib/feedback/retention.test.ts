import { describe, expect, it } from 'vitest';
import { retentionCutoff, retentionDays } from './retention';

describe('retention', () => {
  it('defaults to 90 days and reads PORTAIL_RETENTION_JOURS', () => {
    expect(retentionDays({})).toBe(90);
    expect(retentionDays({ PORTAIL_RETENTION_JOURS: '30' })).toBe(30);
    for (const bad of ['0', '-5', '1.5', 'trente', ''])
      expect(retentionDays({ PORTAIL_RETENTION_JOURS: bad })).toBe(90);
  });

  it('cuts at now minus the retention', () => {
    expect(retentionCutoff(new Date('2026-11-29T00:00:00Z'), 90).toISOString()).toBe('2026-08-31T00:00:00.000Z');
  });
});
