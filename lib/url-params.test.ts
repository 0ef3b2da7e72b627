import { describe, expect, it } from 'vitest';
import { firstParam, searchParamsOf } from './url-params';

describe('search params from the browser', () => {
  it('keeps single values as strings and repeated ones as arrays, as the server does', () => {
    expect(searchParamsOf(new URLSearchParams('cas=nouveau&etape=2'))).toEqual({ cas: 'nouveau', etape: '2' });
    expect(searchParamsOf(new URLSearchParams('q=a&q=b&q=c'))).toEqual({ q: ['a', 'b', 'c'] });
    expect(searchParamsOf(new URLSearchParams(''))).toEqual({});
  });

  it('decodes the query once, so parsers see what the agent typed', () => {
    const params = searchParamsOf(new URLSearchParams('q=%C3%A9v%C3%A9nement+35%20%26%20plus'));
    expect(firstParam(params, 'q')).toBe('événement 35 & plus');
  });
});
