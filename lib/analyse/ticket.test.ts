import { describe, expect, it } from 'vitest';
import type { AnalysisFinding } from './analyse';
import { resolutionBlocks, resolutionMap } from './resolutions';
import { findingsAsMarkdown, findingsForTicket } from './ticket';

const finding: AnalysisFinding = {
  href: '/codes/sense#evt-7',
  title: 'Événement 7 — Échec de la lecture des paramètres',
  breadcrumb: ['Événements de l’agent SENSE'],
  snippet: [],
  reason: 'ID d’événement 7 du journal SENSE',
  occurrences: 12,
  lines: [3, 9, 15, 21, 27, 33, 39, 45, 51, 57, 63, 69],
  evidence: { line: 3, text: 'Event ID: 7', marks: [] },
  score: 130,
  tier: 'exact',
};

describe('findings for the ticket', () => {
  const { text, html } = findingsForTicket([finding], 'https://portail.example');

  it('as plain text: title, repeats, reason, lines, evidence, absolute link', () => {
    expect(text).toContain('Analyse du journal : 1 résolution');
    expect(text).toContain('Événement 7 — Échec de la lecture des paramètres');
    expect(text).toContain('(×12)');
    expect(text).toContain('ID d’événement 7 du journal SENSE — lignes 3, 9, 15, 21, 27, 33, 39, 45… (12 au total)');
    expect(text).toContain('Event ID: 7');
    expect(text).toContain('https://portail.example/codes/sense#evt-7');
  });

  it('as HTML for rich editors: a numbered list with links', () => {
    expect(html).toMatch(/<ol[^>]*>/);
    expect(html).toContain('href="https://portail.example/codes/sense#evt-7"');
  });

  it('as Markdown: a numbered list of links', () => {
    expect(findingsAsMarkdown([finding], 'https://portail.example')).toContain(
      '[Événement 7 — Échec de la lecture des paramètres](https://portail.example/codes/sense#evt-7)',
    );
  });

  it('carries the resolution’s steps: the row’s blocks as its own ticket copy gives them', () => {
    const resolutions = resolutionMap([finding.href]);
    const withSteps = findingsForTicket([finding], 'https://portail.example', resolutions);
    expect(withSteps.text).toContain('Résolution');
    expect(withSteps.text).toContain('Étapes de résolution');
    // The SENSE event 7 row's resolution column, in every format.
    const steps = resolutionBlocks(finding.href);
    expect(steps?.length).toBeGreaterThan(0);
    expect(withSteps.text.length).toBeGreaterThan(text.length + 80);
    expect(withSteps.html).toContain('Résolution');
    expect(findingsAsMarkdown([finding], 'https://portail.example', resolutions)).toMatch(/Résolution[\s\S]*\S{20}/);
  });

  it('finds the blocks of an article section, of a row found through one code of a range, and none for a wizard', () => {
    expect(resolutionBlocks('/articles/troubleshooting-atp-known-issues#nic-teaming')?.length).toBeGreaterThan(0);
    expect(resolutionBlocks('/codes/scp#code-29')?.length).toBeGreaterThan(0);
    expect(resolutionBlocks('/assistants/nic-teaming')).toBeUndefined();
    expect(resolutionBlocks('/articles/nope#x')).toBeUndefined();
    expect(Object.keys(resolutionMap(['/codes/sense#evt-7', '/assistants/nic-teaming']))).toEqual([
      '/codes/sense#evt-7',
    ]);
  });
});
