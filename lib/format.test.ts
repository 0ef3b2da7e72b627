import { describe, expect, it } from 'vitest';
import { countOf, formatFrenchDate, lineCount } from './format';

it('formats source dates the French way', () => {
  expect(formatFrenchDate('2020-02-18')).toBe('18 février 2020');
  expect(formatFrenchDate('2021-11-19')).toBe('19 novembre 2021');
});

describe('counts in French', () => {
  it.each([
    [0, '0 ligne lue'],
    [1, '1 ligne lue'],
    [2, '2 lignes lues'],
    [1500, '1\u202f500 lignes lues'],
  ])('%d', (n, expected) => {
    expect(countOf(n, 'ligne lue', 'lignes lues')).toBe(expected);
  });

  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\r\nb\r\n', 2],
    ['a\n\n', 2],
  ])('%j has %d lines', (text, expected) => {
    expect(lineCount(text)).toBe(expected);
  });
});
