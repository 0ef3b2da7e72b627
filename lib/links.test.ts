import { describe, expect, it } from 'vitest';
import { resolveHref, unsafeUrlScheme, type LinkContext } from './links';

const atp: LinkContext = {
  learnDir: 'azure-advanced-threat-protection',
  internal: new Map([
    ['azure-advanced-threat-protection/configure-proxy', 'configure-proxy'],
    ['microsoft-365/security/defender-endpoint/troubleshoot-security-config-mgt', 'troubleshoot-security-config-mgt'],
  ]),
};
const mde: LinkContext = { ...atp, learnDir: 'microsoft-365/security/defender-endpoint' };

describe('resolveHref', () => {
  it('keeps in-page anchors', () => {
    expect(resolveHref('#nic-teaming', atp)).toEqual({ kind: 'anchor', href: '#nic-teaming' });
  });
  it('points anchors into the article when the text is shown elsewhere', () => {
    expect(resolveHref('#x', { ...atp, anchorBase: '/articles/configure-proxy' })).toEqual({
      kind: 'internal',
      href: '/articles/configure-proxy#x',
    });
  });
  it('turns a link to one of our articles into an internal link with its anchor', () => {
    expect(resolveHref('configure-proxy.md', atp)).toEqual({ kind: 'internal', href: '/articles/configure-proxy' });
    expect(resolveHref('troubleshoot-security-config-mgt.md#x', mde)).toEqual({
      kind: 'internal',
      href: '/articles/troubleshoot-security-config-mgt#x',
    });
  });
  it('does not confuse a same-named article of another product folder', () => {
    expect(resolveHref('configure-proxy.md', mde).kind).toBe('learn');
  });
  it('sends other relative articles to Learn, anchor included', () => {
    expect(resolveHref('atp-prerequisites.md#ports', atp)).toEqual({
      kind: 'learn',
      href: 'https://learn.microsoft.com/fr-fr/azure-advanced-threat-protection/atp-prerequisites#ports',
    });
  });
  it('sends site-absolute paths to Learn', () => {
    expect(resolveHref('/mem/intune/protect/mde-security-integration#prerequisites', mde)).toEqual({
      kind: 'learn',
      href: 'https://learn.microsoft.com/fr-fr/mem/intune/protect/mde-security-integration#prerequisites',
    });
  });
  it('keeps external links and drops empty ones', () => {
    expect(resolveHref('https://aka.ms/azureatpcommunity', atp).kind).toBe('external');
    expect(resolveHref('', atp)).toEqual({ kind: 'none' });
  });
});

// What a browser would run or load as a document: the scheme as the URL parser reads it once the Markdown
// and HTML layers are decoded (character references, backslash escapes), whatever the case, controls or blanks.
const UNSAFE = [
  ['javascript:alert(1)', 'javascript'],
  ['JavaScript:alert(1)', 'javascript'],
  ['  javascript:alert(1)', 'javascript'],
  ['\u0000javascript:alert(1)', 'javascript'],
  ['java\tscript:alert(1)', 'javascript'],
  ['java\nscript:alert(1)', 'javascript'],
  ['java\u0001script:alert(1)', 'javascript'],
  ['java\u200bscript:alert(1)', 'javascript'],
  ['&#106;avascript:alert(1)', 'javascript'],
  ['&#x6A;avascript:alert(1)', 'javascript'],
  ['&#0000106avascript:alert(1)', 'javascript'],
  ['javascript&colon;alert(1)', 'javascript'],
  ['java&Tab;script:alert(1)', 'javascript'],
  ['javascript\\:alert(1)', 'javascript'],
  ['&amp;#106;avascript:alert(1)', 'javascript'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['VBScript:msgbox(1)', 'vbscript'],
  ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
  [' DATA:text/html,<script>', 'data'],
] as const;

describe('unsafeUrlScheme', () => {
  it.each(UNSAFE)('finds the scheme of %j', (url, scheme) => {
    expect(unsafeUrlScheme(url)).toBe(scheme);
  });
  it.each([
    'https://learn.microsoft.com/fr-fr/x',
    'http://example.com/javascript:alert(1)',
    'mailto:support@example.com',
    '#javascript',
    'configure-proxy.md#x',
    '/mem/intune/x',
    '../javascript/guide.md',
    'javascript.md',
    '',
  ])('lets %j through', (url) => {
    expect(unsafeUrlScheme(url)).toBeUndefined();
  });
  it.each(UNSAFE)('resolveHref drops %j: the link becomes its text', (url) => {
    expect(resolveHref(url, atp)).toEqual({ kind: 'none' });
    expect(resolveHref(url, { ...atp, anchorBase: '/articles/configure-proxy' })).toEqual({ kind: 'none' });
  });
});
