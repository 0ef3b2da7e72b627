import { describe, expect, it } from 'vitest';
import { convertMarkdown } from './testing';

/** Each DocFX construct, converted to the portal's vocabulary and written as MDX by the serializer. */
const mdx = (markdown: string) => convertMarkdown(markdown).mdx;

describe('headings', () => {
  it('become JSX headings alone on their line, with the <a name> anchor or Learn’s id', () => {
    expect(mdx('# <a name="top"></a>Titre\n\n## Étape 2 : **vérifier** [le capteur](x.md)\n')).toBe(
      '<h1 id="top">Titre</h1>\n\n<h2 id="etape-2--verifier-le-capteur">Étape 2 : **vérifier** [le capteur](x.md)</h2>\n',
    );
  });

  it('number repeated ids, bring levels 5–6 to 4, and say so', () => {
    const { mdx: out, notes } = convertMarkdown('# T\n\n## <a name="a"></a>A\n\n## <a name="a"></a>B\n\n##### Bas\n');
    expect(out).toContain('<h2 id="a-1">B</h2>');
    expect(out).toContain('<h4 id="bas">Bas</h4>');
    expect(notes).toEqual(['5: ancre « a » en double, renommée « a-1 »', '7: titre de niveau 5 rendu au niveau 4']);
  });

  it('make an anchor the portal cannot use valid, and say so', () => {
    const { mdx: out, notes } = convertMarkdown('# T\n\n## <a name="Bkmk_Hydrate"></a>Section\n');
    expect(out).toContain('<h2 id="bkmk_hydrate">Section</h2>');
    expect(notes).toEqual(['3: ancre « Bkmk_Hydrate » invalide pour le portail, lue « bkmk_hydrate »']);
  });

  it('put what comes before the title right after it', () => {
    expect(mdx('**S’applique à :**\n\n# Titre\n\nTexte\n')).toBe(
      '<h1 id="titre">Titre</h1>\n\n**S’applique à :**\n\nTexte\n',
    );
  });

  it('keep a heading text on one line and its JSX-looking text as text', () => {
    expect(mdx('# T\n\n## A <b>gras</b> {x} <x>\n')).toContain('<h2 id="a-gras-x">A **gras** \\{x} \\<x></h2>');
  });
});

describe('anchors', () => {
  it('<a name> outside a heading is an anchor where it stands, dropped when a heading carries it', () => {
    expect(mdx('# T\n\n<a name="nic"></a>\n\n## <a name="nic"></a>NIC\n\nTexte <a name="b"></a> suite\n')).toBe(
      '<h1 id="t">T</h1>\n\n<h2 id="nic">NIC</h2>\n\nTexte <Anchor id="b" /> suite\n',
    );
  });

  it('a self-closing anchor alone on its line (an HTML block) is an anchor block', () => {
    expect(mdx('# T\n\n<a name="solo"/>\n\nTexte\n')).toBe('<h1 id="t">T</h1>\n\n<Anchor id="solo" />\n\nTexte\n');
  });

  it('an anchor alone on its line stands on its own line', () => {
    expect(mdx('# T\n\n    <a name="ntlm"></a> **Pour**\n\n<a name="x"></a>\n## Y\n')).toContain(
      '<Anchor id="x" />\n\n<h2 id="y">Y</h2>',
    );
  });

  it('<span id/> is an alias of the heading that follows, even when the heading is glued to it', () => {
    expect(mdx('# T\n\n<span id="old" />\n### <a name="new"></a>Nouveau\n')).toBe(
      '<h1 id="t">T</h1>\n\n<AnchorAlias id="old" />\n\n<h3 id="new">Nouveau</h3>\n',
    );
  });

  it('an alias followed by no heading keeps its id as an anchor, and says so; the title keeps its aliases', () => {
    const { mdx: out, notes } = convertMarkdown(
      'Avant\n\n<span id="ancien-titre" />\n\n# Titre\n\n<span id="seul" />\n\nTexte\n',
    );
    expect(out).toBe(
      '<AnchorAlias id="ancien-titre" />\n\n<h1 id="titre">Titre</h1>\n\nAvant\n\n<Anchor id="seul" />\n\nTexte\n',
    );
    expect(notes).toEqual(['7: alias <span id> sans titre juste après, gardé comme ancre']);
  });
});

describe('callouts, div, zones', () => {
  it('a [!NOTE] quote is a Callout; several markers in one quote make several callouts', () => {
    expect(mdx('> [!NOTE]\n> Un.\n>\n> [!WARNING]\n> Deux {x}.\n')).toBe(
      '<Callout type="note">\n  Un.\n</Callout>\n\n<Callout type="warning">\n  Deux \\{x}.\n</Callout>\n',
    );
  });

  it('a callout inside a list item stays in it', () => {
    expect(mdx('1. Étape\n\n   > [!TIP]\n   > Astuce\n')).toBe(
      '1. Étape\n\n   <Callout type="tip">\n     Astuce\n   </Callout>\n',
    );
  });

  it('[!div] is unwrapped; another quote stays a quote', () => {
    expect(mdx('> [!div class="nextstepaction"]\n> [Suite](next.md)\n\n> Citation\n')).toBe(
      '[Suite](next.md)\n\n> Citation\n',
    );
  });

  it('zone and moniker markers become notes naming the condition, inside a paragraph too', () => {
    expect(mdx('::: moniker range=">=ata-1.9"\nTexte.\n::: moniker-end\n')).toBe(
      [
        '<Callout type="note">',
        '  Contenu propre au contexte Learn `moniker range=">=ata-1.9"` (affiché sur Learn selon ce choix).',
        '</Callout>',
        '',
        'Texte.',
        '',
        '<Callout type="note">',
        '  Fin du contenu propre au contexte Learn `moniker range=">=ata-1.9"`.',
        '</Callout>',
        '',
      ].join('\n'),
    );
  });
});

describe('images, tables, breaks', () => {
  it(':::image and ![]() are figures with their caption; a directive without alt-text is text, reported', () => {
    const { mdx: out, notes } = convertMarkdown(
      '   :::image type="content" source="a.png" alt-text="Vue « A » : détail" lightbox="a.png":::\n\nVoir ![Le "portail"](b.png) ici\n\n:::image source="c.png":::\n',
    );
    expect(out).toBe(
      '<Figure alt="Vue « A » : détail" />\n\nVoir <Figure alt="Le &#x22;portail&#x22;" /> ici\n\n:::image source="c.png":::\n',
    );
    expect(notes).toEqual(['5: marqueur :::image inconnu, gardé en texte']);
  });

  it('cells’ <p> and <br> are line breaks; DocFX’s <br>, **** and lone | around tables are dropped', () => {
    expect(mdx('<br>\n\n****\n\n|Code|Texte|\n|---|---|\n|`5`|a <p> b<br>c|\n|\n')).toBe(
      '| Code | Texte |\n| - | - |\n| `5` | a<br /><br />b<br />c |\n',
    );
  });

  it('an HTML table is a GFM table', () => {
    expect(mdx('<table><tr><th>ID</th><th>Texte</th></tr>\n<tr><td>5</td><td>a<br>b | {c}</td></tr></table>\n')).toBe(
      '| ID | Texte |\n| - | - |\n| 5 | a<br />b \\| \\{c} |\n',
    );
  });

  it('two trailing spaces stay a hard line break', () => {
    expect(mdx('Ligne  \nsuite\n')).toBe('Ligne\\\nsuite\n');
  });
});

describe('code, comments, HTML', () => {
  it('indented code is fenced as text; fences keep their language and are never closed by their content', () => {
    expect(mdx('Texte\n\n    Get-Service Sense\n\n````md\n```\n{x}\n````\n')).toBe(
      'Texte\n\n```text\nGet-Service Sense\n```\n\n````md\n```\n{x}\n````\n',
    );
  });

  it('comments are dropped, on one line, across lines and inside a sentence', () => {
    expect(mdx('a <!-- b --> c\n\n<!-- sur\ndeux lignes -->\n\nd\n')).toBe('a  c\n\nd\n');
  });

  it('HTML elements and placeholders are shown as text; elements are reported once per line', () => {
    const { mdx: out, notes } = convertMarkdown(
      'Texte <sup>1</sup> `<div>` <Access Key>\n\n<div class="x">\nbloc\n</div>\n',
    );
    expect(out).toBe('Texte \\<sup>1\\</sup> `<div>` \\<Access Key>\n\n\\<div class="x">\nbloc\n\\</div>\n');
    expect(notes).toEqual([
      '1: balise HTML <sup> inconnue, gardée en texte',
      '3: balise HTML <div> inconnue, gardée en texte',
    ]);
  });

  it('characters the source escaped stay text', () => {
    expect(mdx('Sensor\\<version number>, a\\\\<b> \\{x\\}\n')).toBe('Sensor\\<version number>, a\\\\\\<b> \\{x}\n');
  });
});

describe('machine-translated articles', () => {
  const span = (fr: string, en: string, id = '1') =>
    `<span data-ttu-id="${id}">${fr}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;

  it('keep the French text in place and the English once per section, after its heading', () => {
    const source = [
      `# ${span('Titre', 'Title')}`,
      '',
      `${span('**S’applique à :**', '**Applies to:**')}`,
      `- [${span('Défenseur', 'Defender')}](https://x.example)`,
      '',
      `## ${span('Section', 'Section {en}')}`,
      '',
      `${span('Texte.', 'Text.')} ${span('Deux.', 'Two.')} <span data-ttu-id="9">Seul</span>`,
    ].join('\n');
    expect(mdx(source)).toBe(
      [
        '<h1 id="titre">Titre</h1>',
        '',
        '<EnglishOriginal heading="Title">',
        '  **Applies to:** Defender',
        '</EnglishOriginal>',
        '',
        '**S’applique à :**',
        '',
        '- [Défenseur](https://x.example)',
        '',
        '<h2 id="section">Section</h2>',
        '',
        '<EnglishOriginal heading="Section {en}">',
        '  Text. Two.',
        '</EnglishOriginal>',
        '',
        'Texte. Deux. Seul',
        '',
      ].join('\n'),
    );
  });
});

describe('links', () => {
  it('follow the redirections, resolve references, keep titles', () => {
    const rewriteLink = (href: string) => (href === 'old.md' ? '/x/new' : href);
    expect(convertMarkdown('[a](old.md "t") [b][r] <https://aka.ms/x>\n\n[r]: old.md\n', { rewriteLink }).mdx).toBe(
      '[a](/x/new "t") [b](/x/new) [https://aka.ms/x](https://aka.ms/x)\n',
    );
  });

  it('a redirection to a scheme that runs code is dropped like the link itself', () => {
    const rewriteLink = (href: string) => (href === 'old.md' ? 'javascript:alert(1)' : href);
    const converted = convertMarkdown('Voir [ancien](old.md).\n', { rewriteLink });
    expect(converted.mdx).toBe('Voir ancien.\n');
    expect(converted.notes).toEqual(['1: cible de lien dangereuse retirée (texte gardé)']);
  });

  it('an unclosed comment inside a sentence stays as text, with a note at its line', () => {
    const converted = convertMarkdown('# T\n\nTexte <!-- jamais fermé\n\nSuite.\n');
    expect(converted.mdx).toContain('Suite.');
    expect(converted.notes).toContain(
      '3: commentaire HTML non fermé (<!-- sans -->) : gardé comme texte, Learn masque la suite',
    );
  });

  it('a prose line starting with import or export is text', () => {
    expect(mdx('export const x = 1\n\nimport y from "z"\n')).toBe(
      '&#x65;xport const x = 1\n\n&#x69;mport y from "z"\n',
    );
  });
});
