import { decodeErrorCode, formatHex } from '@/lib/error-code';
import { foldText } from '@/lib/text/fold';
import { WIN32_ERRORS } from './win32-errors';

/**
 * HRESULTs of FACILITY_WIN32 (`0x8007xxxx`) carry a Win32 error in their low word: `0x80070005` is Win32 5,
 * access denied. They are Windows' errors, not our rows': the analyser names them instead of matching them.
 */
export type WindowsCode = {
  /** As written in the paste. */
  text: string;
  /** `0x80070005`. */
  hex: string;
  win32: number;
  /** The French name of the Win32 error, when it is a common one. */
  name?: string;
};

const HRESULT_WIN32 = /\b0x8007[0-9a-f]{4}\b|(?<![\w.-])-214(?:70|69)\d{5}\b/g;

/** A Win32 error inside an HRESULT, decoded and named. */
export function decodeWin32Hresult(raw: string): WindowsCode | undefined {
  const decoded = decodeErrorCode(raw);
  if (!decoded.ok || decoded.value.hresult.win32 === undefined || decoded.value.hresult.severity !== 1)
    return undefined;
  const win32 = decoded.value.hresult.win32;
  const name = WIN32_ERRORS[win32];
  return { text: raw, hex: formatHex(decoded.value.unsigned), win32, ...(name ? { name } : {}) };
}

/** Every distinct FACILITY_WIN32 HRESULT of a text, decoded. */
export function windowsCodesIn(text: string): WindowsCode[] {
  const found = new Map<string, WindowsCode>();
  for (const match of foldText(text).matchAll(HRESULT_WIN32)) {
    const code = decodeWin32Hresult(match[0]);
    if (code && !found.has(code.hex)) found.set(code.hex, code);
  }
  return [...found.values()];
}

/** « 0x80070005 : erreur Win32 5 (Accès refusé) », as the analyser shows it. */
export function describeWindowsCode(code: WindowsCode): string {
  return `${code.hex.toUpperCase().replace(/^0X/, '0x')} : erreur Win32 ${code.win32}${code.name ? ` (${code.name})` : ''}`;
}
