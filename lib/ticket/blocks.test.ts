import { describe, expect, it } from 'vitest';
import { blocksToHtml, blocksToMarkdown, blocksToText, type Block } from './blocks';

const doc: Block[] = [
  { type: 'heading', depth: 2, id: 'event-ids', children: [{ type: 'text', value: 'ID d’événement' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Voir ' },
      { type: 'link', href: '/articles/configure-proxy#x', children: [{ type: 'text', value: 'le proxy' }] },
      { type: 'text', value: ' et ' },
      { type: 'code', value: 'sc query sense' },
    ],
  },
  {
    type: 'list',
    ordered: true,
    start: 1,
    items: [
      [{ type: 'paragraph', children: [{ type: 'text', value: 'Ouvrez une invite.' }] }],
      [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Exécutez' }] }] },
        { type: 'code', value: 'net start sense\n' },
      ],
    ],
  },
  {
    type: 'note',
    label: 'Remarque',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Redémarrez.' }] }],
  },
  {
    type: 'table',
    header: ['ID', 'Résolution'],
    rows: [
      [
        [{ type: 'paragraph', children: [{ type: 'code', value: '15' }] }],
        [{ type: 'paragraph', children: [{ type: 'text', value: 'a | b' }] }],
      ],
    ],
  },
];

describe('ticket blocks', () => {
  it('plain text: numbered lines, commands verbatim, links with their absolute target', () => {
    const text = blocksToText(doc, { origin: 'http://portail.test' });
    expect(text).toContain('Voir le proxy (http://portail.test/articles/configure-proxy#x) et sc query sense');
    expect(text).toContain('1. Ouvrez une invite.\n2. Exécutez\n\n   net start sense');
    expect(text).toContain('Remarque : Redémarrez.');
    expect(text).toContain('ID : 15\nRésolution : a | b');
    expect(text).not.toMatch(/\*\*|`/);
  });

  it('Markdown: anchors as headings, fences, GFM table with escaped pipes, relative links without origin', () => {
    const md = blocksToMarkdown(doc);
    expect(md).toContain('## ID d’événement {#event-ids}');
    expect(md).toContain('[le proxy](/articles/configure-proxy#x) et `sc query sense`');
    expect(md).toContain('2. **Exécutez**\n\n   ```\n   net start sense\n   ```');
    expect(md).toContain('> **Remarque**\n>\n> Redémarrez.');
    expect(md).toContain('| ID | Résolution |\n| --- | --- |\n| `15` | a \\| b |');
  });

  it('Markdown escapes syntax but leaves identifiers readable', () => {
    const md = blocksToMarkdown([
      { type: 'paragraph', children: [{ type: 'text', value: '[validateCreateSensorResult=LicenseInvalid] *x* _y_' }] },
    ]);
    expect(md).toBe('\\[validateCreateSensorResult=LicenseInvalid\\] \\*x\\* \\_y\\_');
  });

  it('HTML keeps lists, code and links; text is escaped', () => {
    const html = blocksToHtml(doc, { origin: 'https://portail.intra' });
    expect(html).toContain('<a href="https://portail.intra/articles/configure-proxy#x">le proxy</a>');
    expect(html).toContain(
      '<ol><li><p>Ouvrez une invite.</p></li><li><p><strong>Exécutez</strong></p>\n<pre><code>net start sense</code></pre></li></ol>',
    );
    expect(blocksToHtml([{ type: 'paragraph', children: [{ type: 'text', value: '<script>&' }] }])).toBe(
      '<p>&lt;script&gt;&amp;</p>',
    );
  });
});
