import { describe, expect, it } from 'vitest';
import { resolveHref } from '@/lib/links';
import { isDangerousUrl, parseRedirections, redirectLink } from './links';
import { convertMarkdown } from './testing';

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

  it('rewrites every link target, titles kept, images left to their caption', () => {
    const rewriteLink = (href: string) => href.toUpperCase();
    expect(convertMarkdown('[a](x.md) et [b](y.md "titre") ![c](z.png)', { rewriteLink }).mdx).toBe(
      '[a](X.MD) et [b](Y.MD "titre") <Figure alt="c" />\n',
    );
  });

  it('reads a redirection file that starts with a byte order mark', () => {
    expect(parseRedirections('\uFEFF{"redirections":[{"source_path":"a.md","redirect_url":"/b"}]}').get('a.md')).toBe(
      '/b',
    );
  });
});

describe('dangerous link targets', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\u200bscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript&colon;alert(1)',
    'jav%61script:alert(1)',
    'jav&amp;#x61;script:alert(1)',
    'data:text/html,<script>',
    'VBScript:msgbox',
  ])('%j is dangerous', (url) => {
    expect(isDangerousUrl(url)).toBe(true);
  });

  it.each(['https://learn.microsoft.com/x', 'other.md#javascript', '/data/x', 'mailto:a@b.c', 'x-javascript:1'])(
    '%j is not',
    (url) => {
      expect(isDangerousUrl(url)).toBe(false);
    },
  );
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
