import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { codeRowTicket, sectionTicket, wizardTicket } from './units';
import { ticketHtml, ticketMarkdown, ticketText } from './ticket';
import { getSite } from '@/lib/site/site';

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
      for (const heading of getSite()
        .article(slug)
        .headings.filter((h) => h.depth > 1)) {
        const unit = sectionTicket(slug, heading.id);
        expect(unit?.title, `${slug}#${heading.id}`).toBe(heading.text);
        if (heading.aliasId) expect(sectionTicket(slug, heading.aliasId)?.path).toBe(`/articles/${slug}#${heading.id}`);
      }
    }
    expect(sectionTicket('configure-proxy', 'nope')).toBeUndefined();
  });

  it('a code row: each column named, links into the articles made absolute', () => {
    const group = getSite()
      .codeTable('sense')
      .groups.find((g) => g.id === 'evt-15')!;
    const text = ticketText(codeRowTicket('sense', group), ORIGIN);
    expect(text).toContain('Événements de l’agent SENSE — Événement 15');
    expect(text).toContain('ID d’événement : 15');
    expect(text).toContain(`(${ORIGIN}/articles/troubleshoot-onboarding#ensure-the-device-has-an-internet-connection)`);
    expect(text).toContain(`Lien : ${ORIGIN}/codes/sense#evt-15`);
  });

  it('a section and a code row carry their English original, asked for or not', () => {
    const section = sectionTicket('troubleshoot-onboarding', 'troubleshoot-onboarding-when-deploying-with-a-script')!;
    const text = ticketText(section, ORIGIN, { english: true });
    expect(text).toContain(
      'Original anglais (Microsoft Learn, en-us) : Troubleshoot onboarding when deploying with a script',
    );
    expect(text).toContain('Look for an event from WDATPOnboarding event source.');
    const group = getSite()
      .codeTable('script')
      .groups.find((g) => g.id === 'evt-15')!;
    const row = ticketText(codeRowTicket('script', group), ORIGIN, { english: true });
    expect(row).toContain('Error Type: Failed to start SENSE service');
    expect(row).toContain('System error 577');
    // The SCP row of statuses 5-9, 11, 12, 26-33: English has only its 26-32 row (aligned code by code).
    const scp = getSite()
      .codeTable('scp')
      .groups.find((g) => g.codes.includes(5))!;
    const english = ticketText(codeRowTicket('scp', scp), ORIGIN, { english: true }).split('Original anglais')[1];
    expect(english?.match(/Error Code: /g)).toEqual(['Error Code: ']);
    expect(english).toContain('Error Code: 26-32');
  });

  it('a wizard step: the article’s step, commands verbatim, link to resume there', () => {
    const mecm = getSite().wizard('mecm-nouveaux-appareils');
    const text = ticketText(wizardTicket(mecm, { kind: 'step', path: 'main', step: 8 }), ORIGIN);
    expect(text).toMatch(/Étape 8 sur 28/);
    expect(text).toContain('spécifiez la commande : net start sense.');
    expect(text).toContain(`Lien : ${ORIGIN}/assistants/mecm-nouveaux-appareils?etape=8`);
  });
});
