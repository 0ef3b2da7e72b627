import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { buildSearchData } from './documents';
import { createSearchIndex } from './engine';
import { codesOfCell, docfxId, englishArticle, englishGaps, parseEnglishArticle } from './english';
import { getSite } from '@/lib/site/site';

describe('parseEnglishArticle', () => {
  it('cuts sections by DocFX id and explicit anchors, and table rows by code', () => {
    const english = parseEnglishArticle(
      [
        '---',
        'title: x',
        '---',
        '## Azure ATP sensor NIC teaming issue <a name="nic-teaming"></a>',
        'Text one.',
        '<span id="alias" />',
        '### Mobile Device Management (MDM) event logs',
        '|ID|Message|',
        '|---|---|',
        '|`5`|Failed to connect <p> to the server|',
        '|``13-14``|Review|',
        '|0x87D1FDE8|Remediation failed|',
        '||Second cause|',
      ].join('\n'),
    );
    expect(english.sections.get('azure-atp-sensor-nic-teaming-issue')).toBe('Text one.');
    expect(english.sections.get('nic-teaming')).toBe('Text one.');
    expect(english.sections.has('alias')).toBe(true);
    const rows = english.rows.get('mobile-device-management-mdm-event-logs');
    expect(rows?.get(5)).toEqual(['Failed to connect   to the server']);
    expect(rows?.get(14)).toEqual(['Review']);
    expect(rows?.get(0x87d1fde8)).toEqual(['Remediation failed', 'Second cause']);
  });

  it('reads codes from first cells', () => {
    expect(codesOfCell('`26-32`')).toEqual([26, 27, 28, 29, 30, 31, 32]);
    expect(codesOfCell('Event ID')).toEqual([]);
    expect(docfxId('Microsoft Intune error codes and OMA-URIs')).toBe('microsoft-intune-error-codes-and-oma-uris');
  });
});

describe('the English originals of content/english', () => {
  it('align every section anchor, and every row code but the SCP statuses the English revision lacks', () => {
    const missingSections: string[] = [];
    const missingCodes: string[] = [];
    for (const slug of ARTICLE_SLUGS) {
      const anchors = getSite()
        .article(slug)
        .tree.children.filter((node) => node.type === 'heading')
        .map((node) => String(node.data?.hProperties?.id ?? ''));
      const tables = CONTENT_CODE_TABLES.map((id) => getSite().codeTable(id))
        .filter((view) => view.source.article === slug)
        .map((view) => ({ anchor: view.source.anchor, codes: view.groups.flatMap((group) => group.codes), id: view }));
      const gaps = englishGaps(slug, anchors, tables);
      missingSections.push(...gaps.sections.map((anchor) => `${slug}#${anchor}`));
      missingCodes.push(...gaps.codes.map((code) => `${slug}:${code}`));
    }
    expect(missingSections).toEqual([]);
    expect(missingCodes.sort()).toEqual(
      [5, 6, 7, 8, 9, 11, 12, 20, 24, 33].map((code) => `troubleshoot-security-config-mgt:${code}`).sort(),
    );
  });
});

describe('an English Event Viewer copy of each SENSE and onboarding-script event', () => {
  const data = buildSearchData();
  const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
  const onboarding = englishArticle('troubleshoot-onboarding');
  const generated = (
    [
      [
        'sense',
        'view-agent-onboarding-errors-in-the-device-event-log',
        ['Microsoft-Windows-SENSE', 'SENSE', 'Windows Defender Advanced Threat Protection'],
      ],
      ['script', 'troubleshoot-onboarding-when-deploying-with-a-script', ['WDATPOnboarding']],
    ] as const
  ).flatMap(([table, anchor, providers]) =>
    [...(onboarding?.rows.get(anchor) ?? new Map<number, string[]>())].flatMap(([id, cells]) =>
      providers.map((provider) => ({
        table,
        id,
        // Event Viewer fills the message's placeholders with values.
        paste: `Log Name: ${table === 'sense' ? 'Microsoft-Windows-SENSE/Operational' : 'Application'}\nSource: ${provider}\nEvent ID: ${id}\nLevel: Error\nDescription:\n${(cells[0] ?? '').replace(/_?variable_?|%\d/g, '0x80070005')}`,
      })),
    ),
  );

  it('are generated from the English tables', () => {
    expect(generated.length).toBeGreaterThanOrEqual(17 * 3 + 7);
  });

  it('without its event id, its English message alone puts its row in the first three', () => {
    const misses = generated
      .filter((c) => c.paste.includes('Source: WDATPOnboarding') || c.paste.includes('Source: SENSE\n'))
      .map((c) => ({ ...c, message: c.paste.split('Description:\n')[1] as string }))
      .filter((c) => {
        const top3 = index
          .search(c.message)
          .slice(0, 3)
          .map((result) => result.href);
        return !top3.includes(`/codes/${c.table}#evt-${c.id}`);
      })
      .map((c) => `${c.table} ${c.id}: ${c.message}`);
    expect(misses).toEqual([]);
  });

  it.each(generated.map((c) => [`${c.table} ${c.id} (${c.paste.split('\n')[1]})`, c] as const))(
    '%s puts its row first',
    (_, c) => {
      expect(index.search(c.paste)[0]?.href).toBe(`/codes/${c.table}#evt-${c.id}`);
    },
  );
});
