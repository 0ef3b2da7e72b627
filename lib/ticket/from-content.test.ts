import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { articleOutline } from '@/lib/articles/outline';
import { getCodeTable } from '@/lib/tables/code-tables';
import { loadWizard } from '@/lib/wizards/load';
import { blocksToHtml, blocksToMarkdown, blocksToText } from './blocks';
import { articleMarkdown, blocks, codeRowTicket, llmsTxt, sectionTicket, wizardTicket } from './from-content';
import { ticketHtml, ticketMarkdown, ticketText } from './ticket';

const ORIGIN = 'http://portail.test:3300';

describe('tickets from the content', () => {
  it('an article section: title, its text with subsections, source and date, absolute link', () => {
    const unit = sectionTicket('troubleshooting-atp-known-issues', 'nic-teaming')!;
    const text = ticketText(unit, ORIGIN);
    expect(text.split('\n')[0]).toBe('Problème d’association de cartes réseau du capteur Azure ATP');
    expect(text).toMatch(/^1\. /m);
    expect(text).toContain(
      'Source : Dépannage des problèmes connus d’Azure ATP, Microsoft Learn, version du 18 février 2020',
    );
    expect(text.endsWith(`Lien : ${ORIGIN}/articles/troubleshooting-atp-known-issues#nic-teaming`)).toBe(true);
    expect(ticketMarkdown(unit, ORIGIN)).toContain(
      `Lien : <${ORIGIN}/articles/troubleshooting-atp-known-issues#nic-teaming>`,
    );
    expect(ticketHtml(unit, ORIGIN)).toContain('<ol>');
  });

  it('every heading of every article has its ticket (the alias of 001 too)', () => {
    for (const slug of ARTICLE_SLUGS) {
      for (const heading of articleOutline(slug).headings.filter((h) => h.depth > 1)) {
        const unit = sectionTicket(slug, heading.id);
        expect(unit?.title, `${slug}#${heading.id}`).toBe(heading.text);
        if (heading.aliasId) expect(sectionTicket(slug, heading.aliasId)?.path).toBe(`/articles/${slug}#${heading.id}`);
      }
    }
    expect(sectionTicket('configure-proxy', 'nope')).toBeUndefined();
  });

  it('a code row: each column named, links into the articles made absolute', () => {
    const group = getCodeTable('sense').groups.find((g) => g.id === 'evt-15')!;
    const text = ticketText(codeRowTicket('sense', group), ORIGIN);
    expect(text).toContain('Événements de l’agent SENSE — Événement 15');
    expect(text).toContain('ID d’événement : 15');
    expect(text).toContain(`(${ORIGIN}/articles/troubleshoot-onboarding#ensure-the-device-has-an-internet-connection)`);
    expect(text).toContain(`Lien : ${ORIGIN}/codes/sense#evt-15`);
  });

  it('a wizard step: the article’s step, commands verbatim, link to resume there', () => {
    const mecm = loadWizard('mecm-nouveaux-appareils');
    const text = ticketText(wizardTicket(mecm, { kind: 'step', path: 'main', step: 8 }), ORIGIN);
    expect(text).toMatch(/Étape 8 sur 28/);
    expect(text).toContain('spécifiez la commande : net start sense.');
    expect(text).toContain(`Lien : ${ORIGIN}/assistants/mecm-nouveaux-appareils?etape=8`);
  });
});

describe('Markdown for AI assistants', () => {
  it('each article holds every heading with its anchor, and its code tables from the data', () => {
    for (const slug of ARTICLE_SLUGS) {
      const md = articleMarkdown(slug);
      for (const heading of articleOutline(slug).headings) expect(md).toContain(`{#${heading.id}}`);
    }
    const md = articleMarkdown('troubleshoot-onboarding');
    expect(md).toContain('| `15` |');
    expect(md).not.toMatch(/<CodeTable|<Callout|<h2/);
    expect(articleMarkdown('troubleshoot-onboarding-error-messages')).toContain('**Texte d’origine en anglais**');
  });

  it('llms.txt lists articles, code tables and wizards, one line each', () => {
    const txt = llmsTxt();
    expect(txt.startsWith('# ')).toBe(true);
    expect(txt.match(/^- \[.+\]\(\/articles\/[a-z-]+\.md\): .+$/gm)).toHaveLength(ARTICLE_SLUGS.length);
    expect(txt.match(/^- \[.+\]\(\/codes\/[a-z-]+\): .+$/gm)).toHaveLength(6);
    expect(txt.match(/^- \[.+\]\(\/assistants\/[a-z-]+\): .+$/gm)).toHaveLength(2);
  });
});

// Behind the build's refusal (lib/mdx/article-syntax.ts): a link that would run code, whatever its spelling,
// never reaches a ticket or the `.md` export, in any of their forms.
describe('links that run code', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', '&#106;avascript&colon;alert(1)', 'data:text/html,x'])(
    'keeps the text of %j, never its address',
    (url) => {
      const links = { learnDir: 'x', internal: new Map<string, string>() };
      const nodes = [
        {
          type: 'paragraph' as const,
          children: [{ type: 'link' as const, url, children: [{ type: 'text' as const, value: 'cliquez' }] }],
        },
      ];
      const rendered = blocks(nodes, { links, englishOriginals: false });
      for (const out of [blocksToMarkdown(rendered), blocksToText(rendered), blocksToHtml(rendered)]) {
        expect(out).toContain('cliquez');
        expect(out).not.toMatch(/script|data:|&#106;|colon/i);
      }
    },
  );
});
