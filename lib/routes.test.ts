import { describe, expect, it } from 'vitest';
import { absoluteUrl, codeRowTarget, learnEnglishSectionUrl, learnEnglishUrl, routes } from './routes';

describe('routes: the public URL contract', () => {
  it('articles, sections and their Markdown', () => {
    expect(routes.article('configure-proxy')).toBe('/articles/configure-proxy');
    expect(routes.section('troubleshoot-onboarding', 'troubleshoot-issues-with-onboarding-tools')).toBe(
      '/articles/troubleshoot-onboarding#troubleshoot-issues-with-onboarding-tools',
    );
    expect(routes.articleMarkdown('configure-proxy')).toBe('/articles/configure-proxy.md');
  });

  it('code tables and rows', () => {
    expect(routes.codes()).toBe('/codes');
    expect(routes.decoder()).toBe('/codes#titre-decodeur');
    expect(routes.codeTable('intune')).toBe('/codes/intune');
    expect(routes.codeRow('sense', 'evt-15')).toBe('/codes/sense#evt-15');
  });

  it('reads a row’s deep link back, and nothing else', () => {
    expect(codeRowTarget('/codes/scp#code-29')).toEqual({ table: 'scp', rowId: 'code-29' });
    expect(codeRowTarget('/codes/non-conformite#cas-1')).toEqual({ table: 'non-conformite', rowId: 'cas-1' });
    expect(codeRowTarget('/codes/scp')).toBeUndefined();
    expect(codeRowTarget('/articles/x#code-29')).toBeUndefined();
  });

  it('data files the browser fetches', () => {
    expect(routes.searchData()).toBe('/donnees/recherche.json');
    expect(routes.searchTextPart(2)).toBe('/donnees/recherche-texte/2.json');
    expect(routes.articleMarkdownFile('configure-proxy')).toBe('/donnees/articles/configure-proxy.md');
    expect(routes.englishOriginals('troubleshoot-onboarding')).toBe('/donnees/anglais/troubleshoot-onboarding.json');
  });

  it('wizards, through the wizard URL state module', () => {
    const shape = { id: 'nic-teaming', branchParam: 'cas', paths: { nouveau: 3, existant: 4 }, outcomes: [] };
    expect(routes.wizards()).toBe('/assistants');
    expect(routes.wizard('mecm-nouveaux-appareils')).toBe('/assistants/mecm-nouveaux-appareils');
    expect(routes.wizardStep(shape, { kind: 'step', path: 'existant', step: 2 })).toBe(
      '/assistants/nic-teaming?cas=existant&etape=2',
    );
  });

  it('search, analysis, llms.txt', () => {
    expect(routes.search('erreur 1058')).toBe('/recherche?q=erreur%201058');
    expect(routes.search('0x87D1FDE8 & co')).toBe('/recherche?q=0x87D1FDE8%20%26%20co');
    expect(routes.search('   ')).toBe('/recherche');
    expect(routes.analyse()).toBe('/analyse');
    expect(routes.llmsTxt()).toBe('/llms.txt');
    expect(routes.homeArticles()).toBe('/#articles');
  });

  it('absolute URLs for tickets, on the origin in use', () => {
    expect(absoluteUrl('/codes/scp#code-29', 'http://portail.test:3300')).toBe(
      'http://portail.test:3300/codes/scp#code-29',
    );
    expect(absoluteUrl('/codes', 'https://portail.intra/')).toBe('https://portail.intra/codes');
    expect(absoluteUrl('https://learn.microsoft.com/x', 'https://portail.intra')).toBe('https://learn.microsoft.com/x');
  });

  it('the English original on Learn', () => {
    const fr = 'https://learn.microsoft.com/fr-fr/microsoft-365/security/defender-endpoint/troubleshoot-onboarding';
    expect(learnEnglishUrl(fr)).toBe(
      'https://learn.microsoft.com/en-us/microsoft-365/security/defender-endpoint/troubleshoot-onboarding',
    );
    expect(learnEnglishSectionUrl(fr, 'event-ids')).toMatch(/\/en-us\/.*#event-ids$/);
  });
});
