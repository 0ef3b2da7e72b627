// The same hostile requests against the static export on nginx (deploy/nginx-config.mjs): every status carries
// the security headers (`always`), and a bad percent-encoding gets a French answer, never a bare error page.
import { expect, test } from './fixtures';
import { BAD_ENCODINGS, expectHeadersTooLarge, expectSecurityHeaders, rawGet } from './hostile-requests';
import { STATIC_URL } from './servers';

for (const target of BAD_ENCODINGS) {
  test(`nginx: a bad percent-encoding ${target} answers 400 or 404 in French, with every security header`, async () => {
    const response = await rawGet(STATIC_URL, target);
    // nginx decodes the path itself: `%ZZ` does not parse (400); bytes that are not UTF-8 name no file (404).
    expect([400, 404]).toContain(response.status);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<html lang="fr"');
    expect(response.body).toContain(response.status === 400 ? 'Adresse invalide' : 'Page introuvable');
    expectSecurityHeaders(response, target);
  });
}

test('nginx: request headers too large answer 431 in French, with every security header', async () => {
  await expectHeadersTooLarge(STATIC_URL);
});

test('nginx: the error pages are not pages of their own', async () => {
  for (const target of ['/400.html', '/431.html', '/404.html']) {
    const response = await rawGet(STATIC_URL, target);
    expect(response.status, target).toBe(404);
    expectSecurityHeaders(response, target);
  }
});

test('nginx: a trailing slash and a directory carry every security header', async () => {
  for (const target of ['/articles/configure-proxy/', '/articles/', '/codes']) {
    expectSecurityHeaders(await rawGet(STATIC_URL, target), target);
  }
});
