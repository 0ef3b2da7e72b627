import { describe, expect, it } from 'vitest';
import { equipeSecret, isLead, safeEqual, sessionToken, validBasicAuth, validSession } from './equipe-auth';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('/equipe access', () => {
  it('has no secret when the variable is missing or blank', () => {
    expect(equipeSecret({})).toBeUndefined();
    expect(equipeSecret({ PORTAIL_EQUIPE_SECRET: '  ' })).toBeUndefined();
    expect(equipeSecret({ PORTAIL_EQUIPE_SECRET: 's3cret' })).toBe('s3cret');
  });

  it('compares strings of any length', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });

  it('a session token holds until it expires, and only under its secret', () => {
    const token = sessionToken('s3cret', 2_000);
    expect(validSession(token, 's3cret', 1_000)).toBe(true);
    expect(validSession(token, 's3cret', 2_000)).toBe(false);
    expect(validSession(token, 'autre', 1_000)).toBe(false);
    expect(validSession(token.replace(/^2000/, '9999'), 's3cret', 1_000)).toBe(false);
    expect(validSession('n’importe quoi', 's3cret', 1_000)).toBe(false);
  });

  it('basic auth: the password is the secret, any user name', () => {
    expect(validBasicAuth(basic('equipe', 's3cret'), 's3cret')).toBe(true);
    expect(validBasicAuth(basic('equipe', 's3cret!'), 's3cret')).toBe(false);
    expect(validBasicAuth('Bearer s3cret', 's3cret')).toBe(false);
    expect(validBasicAuth(null, 's3cret')).toBe(false);
    expect(isLead('s3cret', { authorization: basic('x', 's3cret') })).toBe(true);
    expect(isLead('s3cret', { cookie: 'x', authorization: null })).toBe(false);
  });
});
