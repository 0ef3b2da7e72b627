import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from './run';

/**
 * The importer replaced the one-off seed script: imported again from content/sources (with the data files
 * of content/tables for the seeds' tables), the five articles come out byte for byte as shipped.
 */
describe('re-importing the seeds', () => {
  const content = path.resolve('content');
  const result = runImport({ sources: [path.join(content, 'sources')], into: content, dryRun: true });

  it('reproduces the five shipped articles exactly', () => {
    expect(result.outcomes.map((o) => o.slug).sort()).toEqual([
      'configure-proxy',
      'troubleshoot-onboarding',
      'troubleshoot-onboarding-error-messages',
      'troubleshoot-security-config-mgt',
      'troubleshooting-atp-known-issues',
    ]);
    for (const outcome of result.outcomes) {
      expect(outcome.article?.mdx, outcome.slug).toBe(
        fs.readFileSync(path.join(content, 'articles', `${outcome.slug}.mdx`), 'utf8'),
      );
      expect(outcome.diff, outcome.slug).toEqual([]);
    }
  });

  it('reports only the Microsoft 365 include, outside the folder of the sources: not read, removed', () => {
    expect(result.outcomes.flatMap((o) => o.notes.map((n) => n.construct))).toEqual(
      Array(3).fill('[!INCLUDE] hors du dossier importé (../../includes/microsoft-defender.md), non lu, retiré'),
    );
    expect(result.skipped.map((file) => path.basename(file))).toEqual(['README.md']);
  });

  it('says every source is unchanged with --check', () => {
    const check = runImport({ sources: [path.join(content, 'sources')], into: content, check: true });
    expect(check.outcomes.map((o) => o.status)).toEqual(Array(5).fill('à jour'));
    expect(check.ok).toBe(true);
  });
});
