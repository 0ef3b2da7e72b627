import { describe, expect, it } from 'vitest';
import { articleFileParams, articleOfFile, ARTICLE_SLUGS } from './catalog';

describe('an article’s files under a static route', () => {
  it('lists one file per article and reads its article back', () => {
    const params = articleFileParams('.json');
    expect(params).toHaveLength(ARTICLE_SLUGS.length);
    expect(params).toContainEqual({ fichier: 'configure-proxy.json' });
    for (const { fichier } of params) expect(ARTICLE_SLUGS).toContain(articleOfFile(fichier, '.json'));
  });

  it('names no article for another suffix, an unknown slug or a bare suffix', () => {
    expect(articleOfFile('configure-proxy.md', '.json')).toBeUndefined();
    expect(articleOfFile('inconnu.json', '.json')).toBeUndefined();
    expect(articleOfFile('.json', '.json')).toBeUndefined();
    expect(articleOfFile('configure-proxy', '')).toBe('configure-proxy');
  });
});
