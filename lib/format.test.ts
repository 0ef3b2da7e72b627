import { expect, it } from 'vitest';
import { formatFrenchDate } from './format';

it('formats source dates the French way', () => {
  expect(formatFrenchDate('2020-02-18')).toBe('18 février 2020');
  expect(formatFrenchDate('2021-11-19')).toBe('19 novembre 2021');
});
