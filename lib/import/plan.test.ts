import { describe, expect, it } from 'vitest';
import { parseRedirections } from './links';
import { checkStatus, chooseSlug, slugConflicts, slugOfFileName } from './plan';

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

describe('slugs from file names and conflicts between sources', () => {
  it('writes a file name as Learn writes it in a URL', () => {
    expect(slugOfFileName('Nom-En-Majuscules.md')).toBe('nom-en-majuscules');
    expect(slugOfFileName('Device_Enrollment.Errors.yml')).toBe('device-enrollment-errors');
    expect(slugOfFileName('Étape 1.md')).toBe('etape-1');
    expect(slugOfFileName('___.md')).toBe('');
  });

  it('gives a disputed slug to the source nearest the root, whatever the order', () => {
    const impostor = { file: 'a-usurpation/bon-article.md', slug: 'bon-article', depth: 1 };
    const real = { file: 'bon-article.md', slug: 'bon-article', depth: 0 };
    const alone = { file: 'autre.md', slug: 'autre', depth: 0 };
    for (const claims of [
      [impostor, real, alone],
      [real, impostor, alone],
    ])
      expect([...slugConflicts(claims)]).toEqual([['a-usurpation/bon-article.md', 'bon-article.md']]);
  });

  it('refuses every claimant of a tie at the top', () => {
    const a = { file: 'a/x.md', slug: 'x', depth: 1 };
    const b = { file: 'b/x.md', slug: 'x', depth: 1 };
    expect(Object.fromEntries(slugConflicts([a, b]))).toEqual({ 'a/x.md': 'b/x.md', 'b/x.md': 'a/x.md' });
  });
});
