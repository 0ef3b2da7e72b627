import { describe, expect, it } from 'vitest';
import { rowOf } from './code-lookup';
import { codeOfRowId, KNOWN_CODE_TABLES, rowId } from './code-tables-meta';

describe('code tables know their row ids', () => {
  it('makes the row id of the URL contract from a number', () => {
    expect(rowId('script', 15)).toBe('evt-15');
    expect(rowId('sense', 7)).toBe('evt-7');
    expect(rowId('mdm', 1819)).toBe('evt-1819');
    expect(rowId('non-conformite', 2)).toBe('cas-2');
    expect(rowId('scp', 29)).toBe('code-29');
    expect(rowId('intune', 0x87d1fde8)).toBe('0x87d1fde8');
    // A signed 32-bit value (-2016281112) is the same code.
    expect(rowId('intune', -2016281112)).toBe('0x87d1fde8');
    expect(rowId('intune', 0x5)).toBe('0x00000005');
  });

  it('reads every id it makes back as the same number, in every table', () => {
    for (const table of KNOWN_CODE_TABLES) {
      for (const code of [1, 15, 1819, 0x87d101a9]) {
        const unsigned = code >>> 0;
        expect(codeOfRowId(table, rowId(table, unsigned))).toBe(unsigned);
      }
    }
  });

  it('refuses ids of another table or of another shape', () => {
    expect(codeOfRowId('scp', 'evt-15')).toBeUndefined();
    expect(codeOfRowId('script', 'evt-')).toBeUndefined();
    expect(codeOfRowId('intune', '0x87D1FDE8')).toBeUndefined();
    expect(codeOfRowId('non-conformite', 'cas-1-2')).toBeUndefined();
  });

  it('reads a row’s deep link back as table and code', () => {
    expect(rowOf('/codes/scp#code-29')).toEqual({ table: 'scp', code: 29 });
    expect(rowOf('/codes/intune#0x87d1fde8')).toEqual({ table: 'intune', code: 0x87d1fde8 });
    expect(rowOf('/codes/inconnu#code-29')).toBeUndefined();
    expect(rowOf('/codes/scp#evt-29')).toBeUndefined();
    expect(rowOf('/articles/troubleshoot-onboarding#code-29')).toBeUndefined();
  });
});
