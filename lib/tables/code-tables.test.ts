import { describe, expect, it } from 'vitest';
import { CONTENT_CODE_TABLES, rowIdsOf, type CodeTableId } from './code-tables';
import { getSite } from '@/lib/site/site';

describe('code tables from content/tables', () => {
  it('exposes every row id of the URL contract', () => {
    const ids = (table: CodeTableId) => rowIdsOf(getSite().codeTable(table));
    expect(ids('script')).toEqual(['evt-5', 'evt-10', 'evt-15', 'evt-30', 'evt-35', 'evt-40', 'evt-65']);
    expect(ids('sense')).toEqual(
      [5, 6, 7, 9, 10, 15, 17, 25, 27, 29, 30, 32, 55, 63, 64, 68, 69].map((n) => `evt-${n}`),
    );
    expect(ids('intune')).toEqual(['0x87d1fde8', '0x87d101a9']);
    expect(ids('non-conformite')).toEqual(['cas-1', 'cas-2', 'cas-3']);
    expect(ids('mdm')).toEqual(['evt-1819']);
    const scp = ids('scp');
    for (const code of [
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 24, 25, 26, 29, 33, 36, 37, 38, 40, 41, 42,
    ]) {
      expect(scp).toContain(`code-${code}`);
    }
    expect(new Set(scp).size).toBe(scp.length);
  });

  it('lands every number of a range on its row', () => {
    const scp = getSite().codeTable('scp');
    const row = scp.groups.find((group) => group.aliasIds.includes('code-29'));
    expect(row?.label).toBe('Codes 5-9, 11-12, 26-33');
  });

  it('keeps the two resolutions of script event 15 in one row group', () => {
    const event15 = getSite()
      .codeTable('script')
      .groups.find((group) => group.id === 'evt-15');
    expect(event15?.rows).toHaveLength(2);
  });

  it('keeps the Intune rows without a code under the code above them', () => {
    const [first, second] = getSite().codeTable('intune').groups;
    expect(first?.rows).toHaveLength(4);
    expect(second?.rows).toHaveLength(1);
  });

  it('has ids unique within every table', () => {
    for (const id of CONTENT_CODE_TABLES) {
      const ids = rowIdsOf(getSite().codeTable(id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
