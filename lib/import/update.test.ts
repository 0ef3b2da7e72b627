import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedAnchors } from '@/test-support/seeds/text-units';
import { runImport } from './run';

/**
 * The seed troubleshooting-atp-known-issues (content/sources) updated to the corpus's
 * ATPDocs/troubleshooting-known-issues.md: the file was renamed upstream, sections were added, renamed
 * and rewritten. The article keeps its slug and every anchor a ticket may hold.
 */
describe('updating the known-issues seed to its renamed, newer version', () => {
  const slug = 'troubleshooting-atp-known-issues';
  const update = path.resolve('fixtures/corpus/defender-for-identity-fr/ATPDocs/troubleshooting-known-issues.md');
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'import-update-'));
  fs.mkdirSync(path.join(into, 'articles'));
  fs.copyFileSync(path.resolve(`content/articles/${slug}.mdx`), path.join(into, 'articles', `${slug}.mdx`));

  const check = runImport({ sources: [update], into, check: true });
  const result = runImport({ sources: [update], into });

  it('--check sees the source changed (hash), under the old slug', () => {
    expect(check.outcomes.map((o) => [o.slug, o.status])).toEqual([[slug, 'modifié']]);
    expect(check.ok).toBe(false);
  });

  const [outcome] = result.outcomes;
  const mdx = fs.readFileSync(path.join(into, 'articles', `${slug}.mdx`), 'utf8');

  it('keeps the slug of the renamed source and records the new source file', () => {
    expect(outcome).toMatchObject({ slug, status: 'importé' });
    expect(fs.readdirSync(path.join(into, 'articles'))).toEqual([`${slug}.mdx`]);
    expect(mdx).toContain('sourceFile: "troubleshooting-known-issues.md"');
    expect(mdx).toContain(
      'learnUrl: "https://learn.microsoft.com/fr-fr/defender-for-identity/troubleshooting-known-issues"',
    );
  });

  it('shows the diff by section: added, removed, changed', () => {
    expect(outcome?.diff).toEqual(
      expect.arrayContaining([
        `${slug}  + #sensor-fails-to-enumerate-event-logs  Le capteur ne parvient pas à énumérer les journaux des événements`,
        `${slug}  - #windows-defender-atp-integration-issue  Problème d’intégration Windows Defender ATP`,
        `${slug}  ~ #deployment-log-location  Emplacement des journaux de déploiement`,
        `${slug}  → #windows-defender-atp-integration-issue devient un alias de #microsoft-defender-for-endpoint-integration-issue`,
        `${slug}  → #troubleshooting-azure-atp-known-issues devient un alias de #troubleshooting-microsoft-defender-for-identity-known-issues`,
      ]),
    );
  });

  it('keeps every anchor of the seed as an id of the updated article', () => {
    const ids = new Set([...mdx.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const seedIds = seedAnchors(fs.readFileSync(path.resolve(`content/sources/${slug}.md`), 'utf8'));
    expect(seedIds).toHaveLength(11);
    expect(seedIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('refuses an update that would lose an anchor it cannot place, saying what to decide', () => {
    const aliasTaken = fs.mkdtempSync(path.join(os.tmpdir(), 'import-update-'));
    fs.mkdirSync(path.join(aliasTaken, 'articles'));
    // A decision that names no section of the new version cannot be applied: a person must choose again.
    const seed = fs.readFileSync(path.resolve(`content/articles/${slug}.mdx`), 'utf8');
    fs.writeFileSync(path.join(aliasTaken, 'articles', `${slug}.mdx`), seed);
    const refused = runImport({
      sources: [update],
      into: aliasTaken,
      aliases: [{ anchor: 'windows-defender-atp-integration-issue', target: 'n-existe-pas' }],
    });
    expect(refused.ok).toBe(false);
    expect(refused.outcomes[0]?.problems).toEqual([
      'ancre « windows-defender-atp-integration-issue » supprimée par la nouvelle version : décider où elle mène (--alias windows-defender-atp-integration-issue=<id d’une section>)',
    ]);
    expect(fs.readFileSync(path.join(aliasTaken, 'articles', `${slug}.mdx`), 'utf8')).toBe(seed);
  });
});
