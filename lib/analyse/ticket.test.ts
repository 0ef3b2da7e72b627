import { describe, expect, it } from 'vitest';
import type { AnalysisFinding } from './analyse';
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
});
