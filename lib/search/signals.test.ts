import { describe, expect, it } from 'vitest';
import { extractSignals } from './signals';

const codes = (query: string) => extractSignals(query).codes.map(({ value, kind }) => `${kind}:${value}`);

describe('extractSignals', () => {
  it('reads 32-bit codes in every notation', () => {
    for (const query of ['0x87D1FDE8', '87d1fde8', 'erreur -2016281112 dans Intune', '2278686184']) {
      expect(codes(query)).toContain('code32:2278686184');
    }
  });

  it('reads event ids, enrollment statuses and cases from their French or English wording', () => {
    expect(codes('événement 35')).toContain('event:35');
    expect(codes('Event ID 7')).toContain('event:7');
    expect(codes('evenement n° 15 WDATPOnboarding')).toContain('event:15');
    expect(codes('inscription 13 connectivité')).toContain('status:13');
    expect(codes('EnrollmentStatus 29')).toContain('status:29');
    expect(codes('cas 2')).toContain('case:2');
  });

  it('keeps small bare numbers as plain numbers', () => {
    expect(codes('erreur 1058')).toContain('number:1058');
  });

  it('does not read a GUID as codes', () => {
    const signals = extractSignals('fournisseur ETW bd67e65c-9cc2-51d8-7399-0bb9899e75c1');
    expect(signals.guids).toEqual(['bd67e65c-9cc2-51d8-7399-0bb9899e75c1']);
    expect(signals.codes).toEqual([]);
  });

  it('does not read versions, dates or times as codes', () => {
    expect(codes('Npcap 0.9984')).toEqual([]);
    expect(codes('2018-03-25 02:59:13.1237')).toEqual([]);
  });
});
