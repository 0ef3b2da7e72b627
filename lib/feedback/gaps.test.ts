import { describe, expect, it } from 'vitest';
import { groupGaps, jaccard, queryWords } from './gaps';

const at = (day: number) => new Date(Date.UTC(2026, 10, day));

describe('queryWords', () => {
  it('folds, drops dates, times, placeholders and filler words, keeps codes', () => {
    expect([...queryWords('Erreur 0x80072EFE le 2026-11-03 à 10:22:31 sur [hôte] : Échec de la connexion')]).toEqual([
      '0x80072efe',
      'echec',
      'connexion',
    ]);
  });
});

describe('groupGaps', () => {
  it('joins wordings of one problem and counts them; keeps different problems apart', () => {
    const rows = [
      { query: 'capteur ATP ne démarre pas', resultCount: 2, createdAt: at(2) },
      { query: 'le capteur ATP ne démarre pas', resultCount: 0, createdAt: at(3) },
      { query: 'Capteur atp ne demarre pas', resultCount: 1, createdAt: at(4) },
      { query: 'capteur ATP ne démarre pas', resultCount: 2, createdAt: at(5) },
      { query: 'proxy authentifié 407', resultCount: 0, createdAt: at(1) },
      { query: 'licence E5 expirée', resultCount: 3, createdAt: at(6) },
    ];
    const groups = groupGaps(rows);
    expect(groups.map((group) => [group.query, group.count, group.noResult])).toEqual([
      ['capteur ATP ne démarre pas', 4, 1],
      ['licence E5 expirée', 1, 0],
      ['proxy authentifié 407', 1, 1],
    ]);
    expect(groups[0]?.variants).toEqual(['Capteur atp ne demarre pas', 'le capteur ATP ne démarre pas']);
    expect(groups[0]?.lastSeen).toEqual(at(5));
  });

  it('two pastes of the same log line at different times are one gap', () => {
    const groups = groupGaps([
      { query: '2026-11-03 10:22:31 SenseCncProxy échec [IP]:8080 code 0x80072EFE', resultCount: 0, createdAt: at(3) },
      { query: '2026-11-04 08:01:12 SenseCncProxy échec [IP]:3128 code 0x80072EFE', resultCount: 0, createdAt: at(4) },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(2);
  });

  it('jaccard is the shared share of two word sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});
