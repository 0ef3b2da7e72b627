import { expect, it } from 'vitest';
import { parseSearchQuery, searchHref } from './params';

it('reads q, first value only, bounded to 5,000 characters', () => {
  expect(parseSearchQuery({ q: 'LDAP' })).toBe('LDAP');
  expect(parseSearchQuery({ q: ['a', 'b'] })).toBe('a');
  expect(parseSearchQuery({})).toBe('');
  expect(parseSearchQuery({ q: 'x'.repeat(6000) })).toHaveLength(5000);
});

it('builds the results link', () => {
  expect(searchHref('erreur 1058')).toBe('/recherche?q=erreur%201058');
  expect(searchHref('  ')).toBe('/recherche');
});
