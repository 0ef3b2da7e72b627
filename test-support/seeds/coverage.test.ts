import { describe, expect, it } from 'vitest';
import { coverage } from './coverage';

describe('coverage of a source by a page', () => {
  it('counts the text units shown and the anchors present', () => {
    const source = '# <a name="t"></a>Titre\n\nPremier paragraphe.\n\nSecond **paragraphe**.\n\n<a name="x"></a>\n';
    expect(coverage(source, 'Titre Premier paragraphe.', new Set(['t']))).toEqual({
      units: 3,
      missing: ['Second paragraphe.'],
      ratio: 1 - 1 / 3,
      anchors: 2,
      missingAnchors: ['x'],
    });
  });
});
