import { describe, expect, it } from 'vitest';
import { errorPage, hasBadPercentEncoding } from './error-page.mjs';

describe('hasBadPercentEncoding', () => {
  it.each([
    '/articles/%ZZ.md',
    '/articles/%E0%A4%A',
    '/codes/%ZZ',
    '/assistants/%C0%AF',
    '/%',
    '/a%2',
    '/%FF',
    '/%ED%A0%80',
  ])('finds %s', (target) => {
    expect(hasBadPercentEncoding(target)).toBe(true);
  });
  it.each([
    '/',
    '/articles/configure-proxy',
    '/articles/configure-proxy.md',
    '/recherche?q=%ZZ',
    '/recherche?q=100%',
    '/articles/%C3%A9t%C3%A9',
    '/codes/intune#0x87d1fde8',
  ])('lets %s through (the query is the page’s business)', (target) => {
    expect(hasBadPercentEncoding(target)).toBe(false);
  });
});

describe('errorPage', () => {
  it('is a French page naming the status, with no script', () => {
    const html = errorPage(400);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Erreur 400');
    expect(html).toContain('Adresse invalide');
    expect(html).not.toMatch(/<script|'/);
    expect(errorPage(431)).toContain('Requête trop volumineuse');
  });
});
