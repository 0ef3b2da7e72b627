/**
 * Requests no browser would send, as an attacker or a mangled link would: bad percent-encodings in a dynamic
 * segment, headers too large, a trailing slash. Sent with Node's http client, byte for byte (a browser or
 * Playwright's client would normalise the path or refuse the headers). Shared by hostile-requests.spec.ts
 * (next start) and static-hostile-requests.spec.ts (the export on nginx).
 */
import http from 'node:http';
import { expect } from '@playwright/test';
import { securityHeaders } from '@/lib/security-headers.mjs';

/** Paths whose percent-encoding does not decode (`%` without two hex digits, bytes that are not UTF-8). */
export const BAD_ENCODINGS = [
  '/articles/%ZZ.md',
  '/articles/%E0%A4%A',
  '/articles/%ZZ',
  '/codes/%ZZ',
  '/assistants/%C0%AF',
  '/donnees/articles/%FF.md',
  '/%ZZ',
];

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawGet(base: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: target, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
  });
}

/** Every security header of the portal, with its value (lib/security-headers.mjs), on this response. */
export function expectSecurityHeaders(response: RawResponse, label: string) {
  for (const { key, value } of securityHeaders(false)) {
    expect(response.headers[key.toLowerCase()], `${key} sur ${label}`).toBe(value);
  }
  expect(response.headers['x-powered-by'], label).toBeUndefined();
}

/** Request headers over any server's limit (Node's 16 KB, nginx's 8 KB buffers): a French 431, with the headers. */
export async function expectHeadersTooLarge(base: string) {
  const response = await rawGet(base, '/', { 'X-Portail-Essai': 'a'.repeat(40_000) });
  expect(response.status).toBe(431);
  expect(response.body).toContain('<html lang="fr"');
  expect(response.body).toContain('Requête trop volumineuse');
  expectSecurityHeaders(response, '431');
}
