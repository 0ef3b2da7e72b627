import { expect, it } from 'vitest';
import { decoderHref, parseDecoderCode } from './decoder-params';

it('parses the code parameter, first value only, bounded', () => {
  expect(parseDecoderCode({ code: '0x87D1FDE8' })).toBe('0x87D1FDE8');
  expect(parseDecoderCode({ code: ['1', '2'] })).toBe('1');
  expect(parseDecoderCode({})).toBe('');
  expect(parseDecoderCode({ code: 'x'.repeat(500) })).toHaveLength(64);
});

it('serializes back to a link', () => {
  expect(decoderHref(' -2016281112 ')).toBe('/codes?code=-2016281112');
  expect(decoderHref('')).toBe('/codes');
});
