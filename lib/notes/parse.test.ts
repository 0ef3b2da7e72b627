import { describe, expect, it } from 'vitest';
import { noteParagraphs, parseNotesFile, resolveTargets } from './parse';

/** Issue #17: the team's notes are data, checked at build, refused with their file and line when wrong. */

const FILE = 'content/notes/equipe.yml';
const good = `- cible: /articles/a#section
  auteur: JD
  date: 2026-11-29
  texte: |
    Premier paragraphe
    sur deux lignes.

    Second paragraphe.
`;
const targets = new Map([
  ['/articles/a#section', '/articles/a#section'],
  ['/articles/a#ancien-nom', '/articles/a#section'],
]);

describe('team notes', () => {
  it('reads a note with its line and paragraphs', () => {
    const { notes, errors } = parseNotesFile(good, FILE);
    expect(errors).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ cible: '/articles/a#section', auteur: 'JD', line: 1 });
    expect(noteParagraphs(notes[0]!)).toEqual(['Premier paragraphe sur deux lignes.', 'Second paragraphe.']);
  });

  it('refuses a note whose target does not exist, naming its file and line, in French', () => {
    const raw = `${good}- cible: /articles/a#disparue\n  auteur: JD\n  date: 2026-11-29\n  texte: Texte.\n`;
    const { notes, errors } = resolveTargets(parseNotesFile(raw, FILE).notes, targets);
    expect(notes).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^content\/notes\/equipe\.yml:9: cible « \/articles\/a#disparue » introuvable/),
    ]);
  });

  it('follows an anchor alias to its section', () => {
    const raw = good.replace('#section', '#ancien-nom');
    const { notes } = resolveTargets(parseNotesFile(raw, FILE).notes, targets);
    expect(notes[0]?.href).toBe('/articles/a#section');
  });

  it.each([
    ['a missing field', good.replace('  auteur: JD\n', ''), /equipe\.yml:1: champ « auteur » manquant/],
    ['bad initials', good.replace('auteur: JD', 'auteur: Jean Dupont'), /equipe\.yml:2: auteur : initiales/],
    ['a bad date', good.replace('2026-11-29', '29/11/2026'), /equipe\.yml:3: date : date attendue/],
    [
      'an unknown field',
      good.replace('  auteur: JD\n', '  auteur: JD\n  html: <b>x</b>\n'),
      /equipe\.yml:1: champ inconnu \(html\)/,
    ],
    [
      'a target outside the portal',
      good.replace('/articles/a#section', 'https://exemple.fr'),
      /equipe\.yml:1: cible : adresse du portail/,
    ],
    ['broken YAML', '- cible: [non fermé\n', /equipe\.yml:\d+: YAML illisible/],
    ['not a list', 'cible: /articles/a#section\n', /equipe\.yml:1: une liste de notes est attendue/],
  ])('refuses %s with its line', (_, raw, expected) => {
    expect(
      parseNotesFile(raw, FILE)
        .errors.map((e) => e.message)
        .join('\n'),
    ).toMatch(expected);
  });

  it('keeps markup as text: a note is data, nothing in it is read as HTML or MDX', () => {
    const raw = good.replace('Second paragraphe.', '<script>alert(1)</script> {process.exit(1)}');
    expect(noteParagraphs(parseNotesFile(raw, FILE).notes[0]!)[1]).toBe('<script>alert(1)</script> {process.exit(1)}');
  });
});
