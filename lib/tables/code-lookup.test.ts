import { describe, expect, it } from 'vitest';
import { decodeErrorCode } from '@/lib/error-code';
import { codeRowRefs, findRowsForValue } from './code-lookup';
import { getSite } from '@/lib/site/site';
import { CONTENT_CODE_TABLES } from './code-tables';

const refs = codeRowRefs(CONTENT_CODE_TABLES.map((id) => getSite().codeTable(id)));
const hrefsFor = (input: string) => {
  const decoded = decodeErrorCode(input);
  if (!decoded.ok) throw new Error(decoded.error);
  return findRowsForValue(refs, decoded.value.unsigned).map((match) => match.href);
};

describe('findRowsForValue', () => {
  it('finds the Intune row from every notation', () => {
    for (const input of ['0x87D1FDE8', '87d1fde8', '-2016281112', '2278686184']) {
      expect(hrefsFor(input)).toEqual(['/codes/intune#0x87d1fde8']);
    }
    expect(hrefsFor('0x87D101A9')).toEqual(['/codes/intune#0x87d101a9']);
  });

  it('finds every table where a small number is an event, a case or a status', () => {
    expect(hrefsFor('15')).toEqual(['/codes/script#evt-15', '/codes/sense#evt-15', '/codes/scp#code-15']);
    expect(hrefsFor('29')).toEqual(['/codes/sense#evt-29', '/codes/scp#code-29']);
    expect(hrefsFor('1819')).toEqual(['/codes/mdm#evt-1819']);
  });

  it('finds nothing for a code of no table', () => {
    expect(hrefsFor('0x80070005')).toEqual([]);
  });
});
