import { describe, expect, it } from 'vitest';
import { checkIntuneCodes, checkScpRanges, checkUniqueKeys, checkUnsafeLinks } from './checks';
import type { TableData } from './schemas';

const source = { article: 'troubleshoot-onboarding', anchor: 'x' } as const;
const intune = (hex: string, dec: number): TableData<'intune-errors'> => ({
  source,
  columns: ['a', 'b', 'c', 'd', 'e'],
  rows: [{ hex, dec, description: 'd', cases: [{ omaUris: ['Tous'], causes: ['c'] }] }],
});

describe('table checks', () => {
  it('accepts a hex code that matches its decimal and flags one that does not', () => {
    expect(checkIntuneCodes(intune('0x87D1FDE8', -2016281112))).toEqual([]);
    expect(checkIntuneCodes(intune('0x87D1FDE8', -2016281113))[0]).toMatchObject({ path: ['rows', 0, 'dec'] });
  });
  it('flags overlapping enrollment ranges', () => {
    const data: TableData<'scp-statuses'> = {
      source,
      columns: ['a', 'b', 'c'],
      rows: [
        { codes: ['5-9'], status: 's', actions: 'a' },
        { codes: ['9'], status: 's', actions: 'a' },
      ],
    };
    expect(checkScpRanges(data)).toEqual([{ path: ['rows', 1, 'codes'], message: 'la plage 9 chevauche 5-9' }]);
  });
  it('lets one event span consecutive rows but not reappear later', () => {
    expect(checkUniqueKeys([5, 15, 15, 30], 'eventId')).toEqual([]);
    expect(checkUniqueKeys([5, 15, 30, 15], 'eventId')).toHaveLength(1);
  });
  it('flags a cell link, image or definition that would run code, at its path', () => {
    const data = {
      rows: [
        { text: ['Voir [la doc](https://learn.microsoft.com/fr-fr/x) et [ceci](configure-proxy.md#a).'] },
        { text: ['[cliquez](JavaScript:alert(1))', '![x](data:image/svg+xml,<svg/onload=alert(1)>)'] },
        { text: ['<vbscript:msgbox(1)>', '[a][r]\n\n[r]: &#106;avascript&colon;x'] },
      ],
    };
    expect(checkUnsafeLinks(data).map((problem) => [problem.path.join('.'), problem.message.slice(0, 17)])).toEqual([
      ['rows.1.text.0', 'lien « javascript'],
      ['rows.1.text.1', 'lien « data: » re'],
      ['rows.2.text.0', 'lien « vbscript: '],
      ['rows.2.text.1', 'lien « javascript'],
    ]);
  });
});
