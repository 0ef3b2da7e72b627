import { describe, expect, it } from 'vitest';
import { emitMdx } from './emit';
import { addAliases, diffSections, formatDiff, placeLostAnchors, sectionsOf } from './sections';
import { convertMarkdown } from './testing';

const before = sectionsOf(
  [
    '---\ntitle: "x"\n---',
    '<h1 id="titre">Titre</h1>',
    '<h2 id="a">A</h2>',
    'Texte de A.',
    '<h2 id="capteur-ancien">Problème du capteur Azure ATP</h2>',
    'Le capteur échoue au démarrage du service réseau.',
    '<h2 id="b">B</h2>',
    'Texte de B, <Anchor id="b-detail" /> détail.',
  ].join('\n\n'),
);
const afterMdx = [
  '<h1 id="titre">Titre</h1>',
  '<h2 id="a">A</h2>',
  'Texte de A, modifié.',
  '<h2 id="capteur-nouveau">Problème du capteur Defender pour Identity</h2>',
  'Le capteur échoue au démarrage du service réseau.',
  '<h2 id="b">B</h2>',
  'Texte de B, <Anchor id="b-detail" /> détail.',
].join('\n\n');
const after = sectionsOf(afterMdx);

describe('update rules', () => {
  it('reads sections, with alias and inline anchors', () => {
    expect(before.map((s) => [s.id, s.aliases, s.anchors])).toEqual([
      ['titre', [], []],
      ['a', [], []],
      ['capteur-ancien', [], []],
      ['b', [], ['b-detail']],
    ]);
    expect(sectionsOf('<AnchorAlias id="vieux" />\n<h2 id="a">A</h2>\n')[0]?.aliases).toEqual(['vieux']);
  });

  it('lists sections added, removed and changed, by anchor', () => {
    const diff = diffSections(before, after);
    expect(formatDiff('x', diff)).toEqual([
      'x  + #capteur-nouveau  Problème du capteur Defender pour Identity',
      'x  - #capteur-ancien  Problème du capteur Azure ATP',
      'x  ~ #a  A',
    ]);
    expect(diff.lostAnchors).toEqual(['capteur-ancien']);
  });

  it('makes a removed anchor an alias of the section that replaced it', () => {
    const { placed, problems } = placeLostAnchors(before, after, ['capteur-ancien'], []);
    expect(placed).toEqual([{ anchor: 'capteur-ancien', target: 'capteur-nouveau' }]);
    expect(problems).toEqual([]);
    const { tree } = convertMarkdown('# Titre\n\n## <a name="capteur-nouveau"></a>Nouveau\n');
    addAliases(tree, placed);
    expect(emitMdx(tree)).toContain('<AnchorAlias id="capteur-ancien" />\n\n<h2 id="capteur-nouveau">');
    expect(sectionsOf(emitMdx(tree))[1]?.aliases).toEqual(['capteur-ancien']);
  });

  it('falls back on the nearest remaining section before it', () => {
    const shrunk = sectionsOf('<h1 id="titre">Titre</h1>\n\n<h2 id="a">A</h2>\n\nx\n\n<h2 id="b">B</h2>\n\ny\n');
    expect(placeLostAnchors(before, shrunk, ['capteur-ancien'], []).placed).toEqual([
      { anchor: 'capteur-ancien', target: 'a' },
    ]);
  });

  it('fails and says what to decide when the section already carries an alias, or follows the decision given', () => {
    const aliased = sectionsOf('<h1 id="titre">Titre</h1>\n\n<AnchorAlias id="vieux" />\n<h2 id="a">A</h2>\n\nx\n');
    const { problems } = placeLostAnchors(before, aliased, ['capteur-ancien'], []);
    expect(problems).toEqual([
      'ancre « capteur-ancien » supprimée par la nouvelle version : décider où elle mène (--alias capteur-ancien=<id d’une section>)',
    ]);
    expect(
      placeLostAnchors(before, after, ['capteur-ancien'], [{ anchor: 'capteur-ancien', target: 'b' }]).placed,
    ).toEqual([{ anchor: 'capteur-ancien', target: 'b' }]);
    expect(
      placeLostAnchors(before, after, ['capteur-ancien'], [{ anchor: 'capteur-ancien', target: 'zzz' }]).problems,
    ).toHaveLength(1);
  });
});
