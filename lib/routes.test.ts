import { describe, expect, it } from 'vitest';
import { getCodeTable } from '@/lib/tables/code-tables';
import { absoluteUrl, learnEnglishSectionUrl, learnEnglishUrl, routes, rowIdForCode } from './routes';

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

  it('a code inside an SCP range lands on its own id; other codes on the row', () => {
    const scp = getCodeTable('scp');
    const range = scp.groups.find((group) => group.codes.includes(29) && group.codes.length > 1);
    expect(range).toBeDefined();
    expect(routes.codeRow('scp', rowIdForCode(range!, 29))).toBe('/codes/scp#code-29');
    expect(rowIdForCode(range!, range!.codes[0])).toBe(range!.id);
    expect(rowIdForCode(range!)).toBe(range!.id);
    const intune = getCodeTable('intune').groups[0]!;
    expect(rowIdForCode(intune, intune.codes[0])).toBe('0x87d1fde8');
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
