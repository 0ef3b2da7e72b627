import { describe, expect, it } from 'vitest';
import { findTermRanges, markTerms, snippet } from './snippet';

describe('snippets', () => {
  it('marks folded terms in accented text, whole words from their prefix', () => {
    expect(markTerms('Échec du démarrage', ['echec', 'demar'])).toEqual([
      { text: 'Échec', mark: true },
      { text: ' du ', mark: false },
      { text: 'démarrage', mark: true },
    ]);
  });

  it('does not mark inside a word', () => {
    expect(findTermRanges('désintégrage intégration', ['integr'])).toEqual([[13, 11]]);
  });

  it('picks the passage with the most matches', () => {
    const text = `${'mot '.repeat(100)}le service SENSE ne démarre pas ${'autre '.repeat(100)}`;
    const parts = snippet(text, ['sense', 'demarre']);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['SENSE', 'démarre']);
  });
});
