import { describe, expect, it } from 'vitest';
import { parseRedirections } from './links';
import { checkStatus, chooseSlug } from './plan';

const existing = [
  {
    slug: 'troubleshooting-atp-known-issues',
    sourceFile: 'troubleshooting-atp-known-issues.md',
    learnDir: 'azure-advanced-threat-protection',
    sourceHash: 'aaa',
  },
  {
    slug: 'configure-proxy',
    sourceFile: 'configure-proxy.md',
    learnDir: 'azure-advanced-threat-protection',
    sourceHash: 'bbb',
  },
];
const redirections = parseRedirections(
  JSON.stringify({
    redirections: [
      {
        source_path: 'ATPDocs/troubleshooting-atp-known-issues.md',
        redirect_url: '/defender-for-identity/troubleshooting-known-issues',
      },
    ],
  }),
);

describe('slug of an imported source', () => {
  it('defaults to the base name, or the --slug given', () => {
    expect(chooseSlug({ fileName: 'whats-new.md', learnDir: 'defender-for-identity' }, existing, redirections)).toEqual(
      { slug: 'whats-new', reason: 'file-name' },
    );
    expect(chooseSlug({ fileName: 'whats-new.md', learnDir: 'x' }, existing, redirections, 'nouveautes')).toEqual({
      slug: 'nouveautes',
      reason: 'option',
    });
  });

  it('keeps the slug of an article imported from the same file', () => {
    expect(
      chooseSlug({ fileName: 'configure-proxy.md', learnDir: 'defender-for-identity' }, existing, redirections).slug,
    ).toBe('configure-proxy');
  });

  it('keeps the slug of a source renamed upstream (redirections)', () => {
    expect(
      chooseSlug(
        { fileName: 'troubleshooting-known-issues.md', learnDir: 'defender-for-identity' },
        existing,
        redirections,
      ),
    ).toEqual({
      slug: 'troubleshooting-atp-known-issues',
      reason: 'renamed',
    });
  });

  it('tells a changed source by its hash', () => {
    expect(checkStatus('aaa', existing[0])).toBe('à jour');
    expect(checkStatus('ccc', existing[0])).toBe('modifié');
    expect(checkStatus('ccc', undefined)).toBe('nouveau');
  });
});
