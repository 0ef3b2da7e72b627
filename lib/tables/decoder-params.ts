/**
 * URL state of the code decoder (`/codes?code=…`), parsed and serialized in one place so the form, the
 * page and links agree. Whatever arrives is a string of bounded length; decoding validates it.
 */
import { firstParam, type SearchParams } from '@/lib/url-params';
import { routes } from '@/lib/routes';

export const DECODER_PARAM = 'code';
const MAX_LENGTH = 64;

export function parseDecoderCode(searchParams: SearchParams): string {
  return firstParam(searchParams, DECODER_PARAM, MAX_LENGTH) ?? '';
}

export function decoderHref(code: string): string {
  const trimmed = code.trim().slice(0, MAX_LENGTH);
  return trimmed ? `${routes.codes()}?${DECODER_PARAM}=${encodeURIComponent(trimmed)}` : routes.codes();
}
