import { describe, expect, it } from 'vitest';
import { resolveHref } from '@/lib/links';
import { parseRedirections, redirectLink, rewriteLinks } from './links';

const redirections = parseRedirections(
  JSON.stringify({
    redirections: [
      {
        source_path: 'ATPDocs/atp-prerequisites.md',
        redirect_url: '/defender-for-identity/prerequisites',
        redirect_document_id: false,
      },
      {
        source_path: 'ATPDocs/troubleshooting-atp-known-issues.md',
        redirect_url: '/defender-for-identity/troubleshooting-known-issues',
      },
    ],
  }),
);

describe('links', () => {
  it('follows the redirections of a moved target, keeping the fragment', () => {
    expect(redirectLink('atp-prerequisites.md#ports', 'ATPDocs/whats-new.md', redirections)).toBe(
      '/defender-for-identity/prerequisites#ports',
    );
    expect(redirectLink('../troubleshooting-atp-known-issues.md', 'ATPDocs/x/y.md', redirections)).toBe(
      '/defender-for-identity/troubleshooting-known-issues',
    );
  });

  it('leaves links that are not redirected as written', () => {
    expect(redirectLink('prerequisites.md#ports', 'ATPDocs/a.md', redirections)).toBe('prerequisites.md#ports');
    expect(redirectLink('https://aka.ms/x', 'ATPDocs/a.md', redirections)).toBe('https://aka.ms/x');
    expect(redirectLink('#local', 'ATPDocs/a.md', redirections)).toBe('#local');
  });

  it('rewrites every link target of a line, titles kept', () => {
    expect(rewriteLinks('[a](x.md) et [b](y.md "titre")', (href) => href.toUpperCase())).toBe(
      '[a](X.MD) et [b](Y.MD "titre")',
    );
  });
});

describe('a redirected link at render time (lib/links.ts)', () => {
  const href = redirectLink('atp-prerequisites.md#ports', 'ATPDocs/whats-new.md', redirections);

  it('is internal when the target article is in the content directory', () => {
    const internal = new Map([['defender-for-identity/prerequisites', 'prerequisites']]);
    expect(resolveHref(href, { learnDir: 'defender-for-identity', internal })).toEqual({
      kind: 'internal',
      href: '/articles/prerequisites#ports',
    });
  });

  it('is the Learn URL otherwise', () => {
    expect(resolveHref(href, { learnDir: 'defender-for-identity', internal: new Map() })).toEqual({
      kind: 'learn',
      href: 'https://learn.microsoft.com/fr-fr/defender-for-identity/prerequisites#ports',
    });
  });
});
