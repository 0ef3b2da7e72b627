import { describe, expect, it } from 'vitest';
import { noteParagraphs } from '@/lib/notes/parse';
import { getSite } from '@/lib/site/site';
import { buildSearchDocuments } from './documents';
import { createSearchIndex } from './engine';
import { loadThesaurus } from './thesaurus-file';

describe('team notes in search', () => {
  const { notes } = getSite();
  const documents = buildSearchDocuments();

  it('the content has notes to search', () => {
    expect(notes.length).toBeGreaterThan(0);
  });

  it('each note is searched with the section, row or step it annotates', () => {
    for (const note of notes) {
      const target = documents.find((doc) => doc.href === note.href);
      expect(target, note.href).toBeDefined();
      for (const paragraph of noteParagraphs(note)) expect(target!.text).toContain(paragraph);
    }
  });

  it('a note’s own words find its target in the first three', () => {
    const index = createSearchIndex(documents, { thesaurus: loadThesaurus() });
    for (const note of notes) {
      // The note's longest sentence, as an agent who remembers it would type it.
      const sentence = noteParagraphs(note)
        .join(' ')
        .split(/(?<=[.!?])\s+/)
        .sort((a, b) => b.length - a.length)[0]!;
      const top3 = index
        .search(sentence)
        .slice(0, 3)
        .map((r) => r.href);
      expect(top3, sentence).toContain(note.href);
    }
  });
});
