import { describe, expect, it } from 'vitest';
import { resolveHref, type LinkContext } from './links';

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
