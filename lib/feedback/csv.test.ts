import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes separators, quotes and line breaks; writes numbers and dates plainly', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['x;y', 'dit "non"\nensuite', 3],
        [new Date('2026-11-02T00:00:00Z'), null, -1],
      ],
    );
    expect(csv).toBe('\uFEFFa;b;c\r\n"x;y";"dit ""non""\nensuite";3\r\n2026-11-02T00:00:00.000Z;;-1\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['t'], [['=HYPERLINK("http://x")'], ['+1'], ['@SUM(A1)'], ['-2+3']])).toBe(
      '\uFEFFt\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n\'-2+3\r\n',
    );
  });
});
