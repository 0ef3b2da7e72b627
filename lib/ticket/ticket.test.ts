import { describe, expect, it } from 'vitest';
import { printCaption, sourceLine, ticketHtml, ticketMarkdown, ticketText, type TicketUnit } from './ticket';

const unit: TicketUnit = {
  title: 'Étape 2 : Installer <Npcap>',
  path: '/assistants/nic-teaming?cas=nouveau&etape=2',
  blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Installez Npcap.' }] }],
  source: { title: 'Dépannage', path: '/articles/troubleshooting-atp-known-issues#nic-teaming', date: '2020-02-18' },
};

describe('ticket formats', () => {
  it('name the source with its fr-FR date and end with the absolute link', () => {
    expect(sourceLine(unit.source)).toBe('Source : Dépannage, Microsoft Learn, version du 18 février 2020');
    expect(ticketText(unit, 'http://portail.test')).toBe(
      'Étape 2 : Installer <Npcap>\n\nInstallez Npcap.\n\nSource : Dépannage, Microsoft Learn, version du 18 février 2020 (http://portail.test/articles/troubleshooting-atp-known-issues#nic-teaming)\n\nLien : http://portail.test/assistants/nic-teaming?cas=nouveau&etape=2',
    );
    expect(ticketMarkdown(unit, 'http://portail.test').split('\n\n').at(-1)).toBe(
      'Lien : <http://portail.test/assistants/nic-teaming?cas=nouveau&etape=2>',
    );
  });

  it('HTML escapes the title and the link', () => {
    const html = ticketHtml(unit, 'http://portail.test');
    expect(html).toContain('<h3>Étape 2 : Installer &lt;Npcap&gt;</h3>');
    expect(html).toContain('<a href="http://portail.test/assistants/nic-teaming?cas=nouveau&amp;etape=2">');
  });

  it('the print caption says what the unit is, where it lives and how fresh it is', () => {
    expect(printCaption(unit, 'https://portail.intra').split('\n')).toEqual([
      'Étape 2 : Installer <Npcap>',
      'https://portail.intra/assistants/nic-teaming?cas=nouveau&etape=2',
      'Source : Dépannage, Microsoft Learn, version du 18 février 2020',
    ]);
  });
});

describe('the English original, when the agent asks for it', () => {
  const withEnglish: TicketUnit = {
    ...unit,
    english: [{ type: 'paragraph', children: [{ type: 'text', value: 'Install Npcap.' }] }],
  };

  it('comes after the French, marked, in every format; never unasked', () => {
    const text = ticketText(withEnglish, 'http://portail.test', { english: true });
    expect(text).toContain(
      'Installez Npcap.\n\nOriginal anglais (Microsoft Learn, en-us) : Install Npcap.\n\nSource :',
    );
    expect(ticketMarkdown(withEnglish, 'http://portail.test', { english: true })).toContain(
      '> **Original anglais (Microsoft Learn, en-us)**\n>\n> Install Npcap.',
    );
    expect(ticketHtml(withEnglish, 'http://portail.test', { english: true })).toContain(
      '<blockquote lang="en"><p><strong>Original anglais (Microsoft Learn, en-us)</strong></p><p>Install Npcap.</p></blockquote>',
    );
    expect(ticketText(withEnglish, 'http://portail.test')).not.toContain('Install Npcap.');
    expect(ticketText(unit, 'http://portail.test', { english: true })).not.toContain('Original anglais');
  });
});

describe('ticket Markdown escaping', () => {
  it('escapes a title that Markdown would read as syntax', () => {
    const unit: TicketUnit = {
      title: 'Le *capteur* [ATP]',
      path: '/articles/x#y',
      blocks: [],
      source: { title: 'Article [1]', path: '/articles/x', date: '2020-02-18' },
    };
    const markdown = ticketMarkdown(unit, 'https://portail.example');
    expect(markdown).toContain('### Le \\*capteur\\* \\[ATP\\]');
    expect(markdown).toContain('[Article \\[1\\]](https://portail.example/articles/x)');
  });
});
