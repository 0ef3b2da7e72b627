/**
 * Decoding of 32-bit error codes as consoles print them: Intune shows `0x87D1FDE8`, event logs the signed
 * decimal `-2016281112`, some tools the unsigned `2278686184`, installers `0x642` or `1602`.
 * Everything here is pure and shared by the code pages, the decoder form and search.
 */

export type HresultParts = {
  /** Bit 31: 1 means failure. */
  severity: 0 | 1;
  /** Bits 16–26. */
  facility: number;
  facilityName?: string;
  /** Bits 0–15. */
  code: number;
  /** For facility 7 (FACILITY_WIN32) the Win32 error code carried in the low 16 bits. */
  win32?: number;
};

export type DecodedErrorCode = {
  /** What the agent typed, trimmed. */
  input: string;
  notation: 'hex' | 'signed-decimal' | 'unsigned-decimal' | 'decimal';
  unsigned: number;
  signed: number;
  /** Lower-case, `0x` and 8 digits: the canonical form used in ids (`#0x87d1fde8`). */
  hex: string;
  /** Lower-case `0x` without leading zeros, as short codes are usually written (`0x642`). */
  shortHex: string;
  hresult: HresultParts;
};

export type DecodeResult = { ok: true; value: DecodedErrorCode } | { ok: false; error: string };

const FACILITY_NAMES: Readonly<Record<number, string>> = {
  0: 'FACILITY_NULL',
  1: 'FACILITY_RPC',
  2: 'FACILITY_DISPATCH',
  3: 'FACILITY_STORAGE',
  4: 'FACILITY_ITF',
  7: 'FACILITY_WIN32',
  8: 'FACILITY_WINDOWS',
  9: 'FACILITY_SECURITY',
  10: 'FACILITY_CONTROL',
  11: 'FACILITY_CERT',
  12: 'FACILITY_INTERNET',
  13: 'FACILITY_MEDIASERVER',
  14: 'FACILITY_MSMQ',
  15: 'FACILITY_SETUPAPI',
  16: 'FACILITY_SCARD',
  17: 'FACILITY_COMPLUS',
  23: 'FACILITY_SXS',
  25: 'FACILITY_HTTP',
  32: 'FACILITY_BACKGROUNDCOPY',
  33: 'FACILITY_CONFIGURATION',
  36: 'FACILITY_WINDOWSUPDATE',
  37: 'FACILITY_DIRECTORYSERVICE',
  40: 'FACILITY_TPM_SERVICES',
  41: 'FACILITY_TPM_SOFTWARE',
  49: 'FACILITY_FVE',
  50: 'FACILITY_FWP',
  51: 'FACILITY_WINRM',
  80: 'FACILITY_WINDOWS_DEFENDER',
};

const UINT32_MAX = 0xffffffff;
const INT32_MIN = -0x80000000;

export function toSigned32(unsigned: number): number {
  return unsigned > 0x7fffffff ? unsigned - 0x100000000 : unsigned;
}

export function toUnsigned32(signed: number): number {
  return signed < 0 ? signed + 0x100000000 : signed;
}

export function formatHex(unsigned: number): string {
  return `0x${unsigned.toString(16).padStart(8, '0')}`;
}

export function hresultParts(unsigned: number): HresultParts {
  const facility = (unsigned >>> 16) & 0x7ff;
  const code = unsigned & 0xffff;
  const parts: HresultParts = { severity: unsigned >>> 31 === 1 ? 1 : 0, facility, code };
  const facilityName = FACILITY_NAMES[facility];
  if (facilityName) parts.facilityName = facilityName;
  if (facility === 7) parts.win32 = code;
  return parts;
}

function fromUnsigned(input: string, notation: DecodedErrorCode['notation'], unsigned: number): DecodeResult {
  return {
    ok: true,
    value: {
      input,
      notation,
      unsigned,
      signed: toSigned32(unsigned),
      hex: formatHex(unsigned),
      shortHex: `0x${unsigned.toString(16)}`,
      hresult: hresultParts(unsigned),
    },
  };
}

/**
 * Reads one code in any notation agents paste: `0x87D1FDE8`, `0X87d1fde8`, `87d1fde8`, `-2016281112`,
 * `2278686184`, `0x642`, `1602`. Bare digits are decimal; bare hexadecimal needs at least one letter.
 * Errors are French sentences meant to be shown as they are.
 */
export function decodeErrorCode(raw: string): DecodeResult {
  const input = raw.trim();
  if (input === '') return { ok: false, error: 'Saisissez un code, par exemple 0x87D1FDE8 ou -2016281112.' };

  const hex = /^0x([0-9a-f]*)$/i.exec(input) ?? (/[a-f]/i.test(input) ? /^([0-9a-f]+)$/i.exec(input) : null);
  if (hex) {
    const digits = (hex[1] ?? '').replace(/^0+(?=.)/, '');
    if (digits === '') {
      return hex[1] === ''
        ? { ok: false, error: 'Il manque les chiffres hexadécimaux après « 0x ».' }
        : fromUnsigned(input, 'hex', 0);
    }
    if (digits.length > 8) {
      return { ok: false, error: 'Un code sur 32 bits compte au plus 8 chiffres hexadécimaux.' };
    }
    return fromUnsigned(input, 'hex', Number.parseInt(digits, 16));
  }

  const decimal = /^([+-]?)(\d+)$/.exec(input);
  if (decimal) {
    const value = Number(`${decimal[1]}${decimal[2]}`);
    if (!Number.isSafeInteger(value) || value > UINT32_MAX || value < INT32_MIN) {
      return {
        ok: false,
        error: `« ${input} » sort de la plage des codes sur 32 bits (de -2147483648 à 4294967295).`,
      };
    }
    if (value < 0) return fromUnsigned(input, 'signed-decimal', toUnsigned32(value));
    return fromUnsigned(input, value > 0x7fffffff ? 'unsigned-decimal' : 'decimal', value);
  }

  return {
    ok: false,
    error: `« ${input.slice(0, 40)} » n’est pas un code reconnu : saisissez un nombre décimal ou hexadécimal (0x…).`,
  };
}
