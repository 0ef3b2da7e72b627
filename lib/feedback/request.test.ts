import { describe, expect, it } from 'vitest';
import { checkOrigin, clientAddress, clientId, readJson } from './request';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('checkOrigin', () => {
  it('accepts the host the browser reached, directly or through a proxy', () => {
    expect(checkOrigin(headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBeUndefined();
    expect(
      checkOrigin(
        headers({ origin: 'https://portail.intra', host: '127.0.0.1:3000', 'x-forwarded-host': 'portail.intra' }),
      ),
    ).toBeUndefined();
    expect(checkOrigin(headers({ origin: 'https://autre.intra', host: 'x' }), ['https://autre.intra'])).toBeUndefined();
  });

  it('refuses another origin, a missing or invalid one, and a cross-site fetch', () => {
    for (const entries of <Record<string, string>[]>[
      { origin: 'https://evil.example', host: 'portail.intra' },
      { host: 'portail.intra' },
      { origin: 'null', host: 'portail.intra' },
      { origin: 'https://portail.intra.evil.example', host: 'portail.intra' },
      { origin: 'https://portail.intra', host: 'portail.intra', 'sec-fetch-site': 'cross-site' },
    ]) {
      expect(checkOrigin(headers(entries))?.status, JSON.stringify(entries)).toBe(403);
    }
  });
});

describe('readJson', () => {
  const post = (body: string, type = 'application/json') =>
    new Request('http://x/api', { method: 'POST', body, headers: { 'content-type': type } });

  it('reads a small JSON body', async () => {
    expect(await readJson(post('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses a body over the limit (413), another type (415) and invalid JSON (400)', async () => {
    const big = await readJson(post(JSON.stringify({ text: 'x'.repeat(200) })), 100);
    expect(big.ok ? 0 : big.refusal.status).toBe(413);
    const form = await readJson(post('a=1', 'application/x-www-form-urlencoded'), 100);
    expect(form.ok ? 0 : form.refusal.status).toBe(415);
    const broken = await readJson(post('{"a":'), 100);
    expect(broken.ok ? 0 : broken.refusal.status).toBe(400);
  });

  it('counts the bytes that arrive, whatever Content-Length claims', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(50)));
        controller.close();
      },
    });
    const request = new Request('http://x/api', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      duplex: 'half',
    } as RequestInit);
    const result = await readJson(request, 100);
    expect(result.ok ? 0 : result.refusal.status).toBe(413);
  });
});

describe('client identity for the rate limit', () => {
  it('takes the first forwarded address and a plausible client id', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.7, 127.0.0.1' }))).toBe('10.0.0.7');
    expect(clientAddress(headers({}))).toBe('inconnue');
    expect(clientId(headers({ 'x-portail-client': 'a1b2c3d4-e5f6' }))).toBe('a1b2c3d4-e5f6');
    expect(clientId(headers({ 'x-portail-client': '<script>' }))).toBeUndefined();
  });
});
