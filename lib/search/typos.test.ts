import { describe, expect, it } from 'vitest';
import { createTypoMatcher, editDistance } from './typos';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('demarag', 'demarrag')).toBe(1);
    expect(editDistance('hypertreadding', 'hyperthreading')).toBe(2);
    expect(editDistance('procesus', 'processus')).toBe(1);
    expect(editDistance('porxy', 'proxy')).toBe(1);
    expect(editDistance('prepar', 'prealabl')).toBe(4);
  });
});

describe('createTypoMatcher', () => {
  const typos = createTypoMatcher(['demarrag', 'hyperthreading', 'plupart', 'prealabl', 'prendr', 'proxy']);
  const terms = (word: string) => typos(word).map(({ term }) => term);

  it('corrects a typed word to the known stems a few edits away', () => {
    expect(terms('demarag')).toContain('demarrag');
    expect(terms('hypertreadding')).toContain('hyperthreading');
  });

  it('does not turn a word the corpus lacks (an English word of a paste) into a French word that only shares letters', () => {
    expect(terms('prepar')).toEqual([]);
  });
});
