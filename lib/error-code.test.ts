import { describe, expect, it } from 'vitest';
import { decodeErrorCode, formatHex, hresultParts, toSigned32 } from './error-code';

function decoded(input: string) {
  const result = decodeErrorCode(input);
  if (!result.ok) throw new Error(`expected ${input} to decode, got: ${result.error}`);
  return result.value;
}

describe('decodeErrorCode', () => {
  it.each([
    '0x87D1FDE8',
    '0X87D1FDE8',
    '0x87d1fde8',
    '87d1fde8',
    '87D1FDE8',
    '-2016281112',
    '2278686184',
    ' 0x87D1FDE8 ',
  ])('reads %s as the Intune remediation failure', (input) => {
    const value = decoded(input);
    expect(value.hex).toBe('0x87d1fde8');
    expect(value.signed).toBe(-2016281112);
    expect(value.unsigned).toBe(2278686184);
  });

  it('tells which notation was used', () => {
    expect(decoded('0x87D1FDE8').notation).toBe('hex');
    expect(decoded('-2016281112').notation).toBe('signed-decimal');
    expect(decoded('2278686184').notation).toBe('unsigned-decimal');
    expect(decoded('1602').notation).toBe('decimal');
  });

  it('reads short installer codes in both notations', () => {
    expect(decoded('0x642').unsigned).toBe(1602);
    expect(decoded('1602').shortHex).toBe('0x642');
    expect(decoded('0x00000642').hex).toBe('0x00000642');
  });

  it('splits an HRESULT into severity, facility and code, with the Win32 code for facility 7', () => {
    const access = decoded('0x80070005').hresult;
    expect(access).toEqual({ severity: 1, facility: 7, facilityName: 'FACILITY_WIN32', code: 5, win32: 5 });
    const intune = decoded('0x87D101A9').hresult;
    expect(intune.severity).toBe(1);
    expect(intune.facility).toBe(0x7d1);
    expect(intune.code).toBe(0x01a9);
    expect(intune.win32).toBeUndefined();
    expect(decoded('1602').hresult.severity).toBe(0);
  });

  it.each([
    ['', /Saisissez un code/],
    ['   ', /Saisissez un code/],
    ['0x', /Il manque les chiffres/],
    ['0x123456789', /8 chiffres hexadécimaux/],
    ['123456789abc', /8 chiffres hexadécimaux/],
    ['bonjour', /n’est pas un code reconnu/],
    ['0xZZ', /n’est pas un code reconnu/],
    ['12.5', /n’est pas un code reconnu/],
    ['4294967296', /plage des codes sur 32 bits/],
    ['-2147483649', /plage des codes sur 32 bits/],
    ['99999999999999999999', /plage des codes sur 32 bits/],
  ])('rejects %j with a clear French message', (input, message) => {
    const result = decodeErrorCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('accepts the bounds of the 32-bit range', () => {
    expect(decoded('4294967295').hex).toBe('0xffffffff');
    expect(decoded('-2147483648').hex).toBe('0x80000000');
    expect(decoded('0').hex).toBe('0x00000000');
  });
});

describe('helpers', () => {
  it('converts between signed and unsigned', () => {
    expect(toSigned32(0x87d101a9)).toBe(-2016345687);
    expect(formatHex(1602)).toBe('0x00000642');
    expect(hresultParts(0).facilityName).toBe('FACILITY_NULL');
  });
});
