import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchStem } from './stem';
import { compileThesaurus } from './thesaurus';
import { parseThesaurus } from './thesaurus-file';

describe('thesaurus', () => {
  it('compiles one-word terms by stem and several-word terms as phrases', () => {
    const compiled = compileThesaurus({
      french: [{ terms: ['onboardé', 'coupe-feu'], means: ['intégration', 'pare-feu'] }],
      english: [{ terms: ['failed'], means: ['échec'] }],
    });
    expect(compiled.words.get(frenchStem('onboardés'))).toContain(frenchStem('intégration'));
    expect(compiled.words.get('fail')).toEqual([frenchStem('échec')]);
    expect(compiled.phrases).toEqual([{ stems: ['coup', 'feu'], means: [frenchStem('intégration'), 'par', 'feu'] }]);
  });

  it('validates the content file, and names file and line of an error', () => {
    const text = fs.readFileSync(path.resolve(process.cwd(), 'content/search/thesaurus.json'), 'utf8');
    expect(parseThesaurus(text).french.length).toBeGreaterThan(10);
    const broken = '{\n  "french": [\n    { "terms": [], "means": ["appareil"] }\n  ],\n  "english": []\n}';
    expect(() => parseThesaurus(broken)).toThrow(/^content\/search\/thesaurus\.json:3: french\.0\.terms/);
    const negated =
      '{\n  "french": [\n    { "terms": ["ko", "marche pas"], "means": ["échec"] }\n  ],\n  "english": []\n}';
    expect(() => parseThesaurus(negated)).toThrow(/thesaurus\.json:3: french\.0\.terms\.1 : terme négatif refusé/);
  });
});
