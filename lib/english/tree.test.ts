import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { englishMarkdownTree, englishRowTree, englishSectionTree } from './tree';
import { getSite } from '@/lib/site/site';

const links = { learnDir: 'microsoft-365/security/defender-endpoint', internal: new Map<string, string>() };
const names = (nodes: readonly RootContent[]) =>
  nodes.map((node) => (node.type === 'mdxJsxFlowElement' ? node.name : node.type));

describe('englishMarkdownTree', () => {
  it('brings DocFX to the articles’ vocabulary: alerts, images, includes, raw HTML', () => {
    const nodes = englishMarkdownTree(
      [
        '[!INCLUDE [rebranding](../../includes/microsoft-defender.md)]',
        '',
        '> [!NOTE]',
        '> The following event IDs are specific to the onboarding script only.',
        '',
        '<br>',
        '',
        '****',
        '',
        ':::image type="content" source="images/filter-log.png" alt-text="The Event Viewer log filter" lightbox="images/filter-log.png":::',
        '',
        '![Image of no subscriptions found](images/atp-no-subscriptions-found.png)',
        '',
        'See [Run the script](configure-endpoints-script.md) and [below](#below).<script>alert(1)</script>',
      ].join('\n'),
      links,
    );
    expect(names(nodes)).toEqual(['Callout', 'Figure', 'Figure', 'paragraph']);
    const callout = nodes[0] as Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
    expect(callout.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'type', value: 'note' }]);
    expect(toString(callout)).toBe('The following event IDs are specific to the onboarding script only.');
    expect(JSON.stringify(nodes[1])).toContain('The Event Viewer log filter');
    const paragraph = JSON.stringify(nodes[3]);
    expect(paragraph).toContain(
      '"url":"https://learn.microsoft.com/en-us/microsoft-365/security/defender-endpoint/configure-endpoints-script"',
    );
    expect(paragraph).toContain('"url":"#below"');
    expect(paragraph).not.toContain('script>');
  });

  it('leaves out the tables whose rows align by code, keeps the others', () => {
    const table = (first: string) => `|ID|Message|\n|---|---|\n|${first}|Text<br>more|`;
    expect(names(englishMarkdownTree(table('`5`'), links))).toEqual([]);
    expect(names(englishMarkdownTree(table('US'), links))).toEqual(['table']);
    expect(JSON.stringify(englishMarkdownTree(table('US'), links))).toContain('"type":"break"');
  });
});

describe('the English originals of the five articles', () => {
  it('give every section with English text a tree, and say when its table’s rows carry their own', () => {
    const section = englishSectionTree(
      'troubleshoot-onboarding',
      'troubleshoot-onboarding-when-deploying-with-a-script',
    );
    expect(section?.heading).toBe('Troubleshoot onboarding when deploying with a script');
    expect(section?.rowsApart).toBe(true);
    expect(names(section?.nodes ?? [])).not.toContain('table');
    expect(toString({ type: 'root', children: section?.nodes ?? [] })).toContain(
      'Look for an event from WDATPOnboarding',
    );
    for (const slug of ARTICLE_SLUGS)
      for (const heading of getSite()
        .article(slug)
        .headings.filter((h) => h.depth > 1)) {
        const tree = englishSectionTree(slug, heading.id);
        if (tree) expect(tree.nodes.length + Number(tree.rowsApart), `${slug}#${heading.id}`).toBeGreaterThan(0);
      }
  });

  it('give each code row the English rows of its codes, each once, with their column names', () => {
    const rows = englishRowTree(
      'troubleshoot-onboarding',
      'troubleshoot-onboarding-when-deploying-with-a-script',
      [15],
    );
    const text = (rows ?? []).map((node) => toString(node));
    expect(text[0]).toBe('Event ID: 15');
    expect(text[1]).toBe('Error Type: Failed to start SENSE service');
    expect(text.filter((line) => line.startsWith('Error Type:'))).toHaveLength(2);
    expect(names(rows ?? [])).toContain('thematicBreak');
    // Intune's 0x87D1FDE8: one English row and three continuation rows, whose empty code cell is not shown.
    const intune = getSite()
      .codeTable('intune')
      .groups.find((group) => group.codes.includes(0x87d1fde8));
    const intuneRows = englishRowTree(
      'troubleshoot-onboarding',
      getSite().codeTable('intune').source.anchor,
      intune?.codes ?? [],
    );
    expect((intuneRows ?? []).filter((node) => node.type === 'thematicBreak')).toHaveLength(3);
    expect(
      englishRowTree('troubleshoot-security-config-mgt', getSite().codeTable('scp').source.anchor, [5]),
    ).toBeUndefined();
  });

  it('align a row of every code table', () => {
    for (const id of CONTENT_CODE_TABLES) {
      const view = getSite().codeTable(id);
      const aligned = view.groups.filter((group) =>
        englishRowTree(view.source.article, view.source.anchor, group.codes),
      );
      expect(aligned.length, id).toBeGreaterThan(0);
    }
  });
});
