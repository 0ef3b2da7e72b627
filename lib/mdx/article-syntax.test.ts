import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkArticleSyntax } from './article-syntax';

function run(mdx: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkArticleSyntax, { file: 'content/articles/x.mdx' });
  return processor.runSync(processor.parse(mdx)) as Root;
}

describe('remarkArticleSyntax', () => {
  it('turns JSX headings into headings with their id', () => {
    const tree = run('<h2 id="nic-teaming">Titre</h2>\n\nTexte\n');
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 2, data: { hProperties: { id: 'nic-teaming' } } });
  });

  it('moves an alias anchor onto the heading that follows it', () => {
    const tree = run('<AnchorAlias id="ancien" />\n\n<h3 id="nouveau">Titre</h3>\n');
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ data: { hProperties: { id: 'nouveau', 'data-alias': 'ancien' } } });
  });

  it('keeps an anchor inside a section (Learn’s <a name> outside a heading)', () => {
    expect(() => run('<h2 id="a">A</h2>\n\nTexte <Anchor id="b" /> suite\n')).not.toThrow();
  });

  it.each([
    ['Texte\n\n<Inconnu />\n', /x\.mdx:3: élément <Inconnu> inconnu/],
    ['<h2>Sans id</h2>\n', /x\.mdx:1: attribut « id » manquant/],
    ['<h2 id="a">A</h2>\n\n<h2 id="a">B</h2>\n', /x\.mdx:3: id « a » en double/],
    ['<Callout type="danger">\n\nx\n\n</Callout>\n', /valeurs permises note, important/],
    ['<CodeTable table="zzz" />\n', /x\.mdx:1: .*valeurs permises script/],
    ['<h2 id="a">A</h2>\nTexte collé\n', /x\.mdx:1: <h2> doit être seul sur sa ligne/],
    ['<AnchorAlias id="a" />\n\nTexte\n', /doit précéder directement un titre/],
    ['<h2 id="a">A</h2>\n\nTexte <Anchor id="a" /> suite\n', /x\.mdx:3: id « a » en double/],
  ])('rejects malformed content with the file and line: %j', (mdx, message) => {
    expect(() => run(mdx)).toThrow(message);
  });

  it.each([
    ['export const a = 1\n', /x\.mdx:1: « import » et « export » sont interdits/],
    ['Texte\n\nimport a from "b"\n', /x\.mdx:3: « import » et « export » sont interdits/],
    ['Texte\n\n{1 + 1}\n', /x\.mdx:3: expression « \{…\} » interdite/],
    ['Texte {1 + 1} suite\n', /x\.mdx:1: expression « \{…\} » interdite/],
    ['Texte {/* commentaire */}\n', /x\.mdx:1: expression « \{…\} » interdite/],
    ['<Figure alt={"a"} />\n', /x\.mdx:1: <Figure alt> doit être une chaîne littérale/],
    ['<Figure alt="a" {...b} />\n', /x\.mdx:1: attributs calculés « \{…\} » interdits sur <Figure>/],
    ['<Figure alt />\n', /x\.mdx:1: <Figure alt> doit être une chaîne littérale/],
    ['<Figure alt="a" onClick="b" />\n', /x\.mdx:1: attribut « onClick » non autorisé sur <Figure>/],
    ['<a href="https://x.example">x</a>\n', /x\.mdx:1: élément <a> inconnu/],
    ['<script>{"x"}</script>\n', /x\.mdx:1: élément <script> inconnu/],
    ['<x.y />\n', /x\.mdx:1: élément <x\.y> inconnu/],
    ['<>Texte</>\n', /x\.mdx:1: élément <fragment> inconnu/],
    ['[a](javascript:alert(1))\n', /x\.mdx:1: lien « javascript: » refusé/],
    ['[a]( JaVaScRiPt:alert(1))\n', /x\.mdx:1: lien « javascript: » refusé/],
    ['[a](&#x6A;avascript&colon;alert(1))\n', /x\.mdx:1: lien « javascript: » refusé/],
    ['[a](<java\tscript:alert(1)>)\n', /x\.mdx:1: lien « javascript: » refusé/],
    ['Texte\n\n![a](data:image/svg+xml,<svg/onload=alert(1)>)\n', /x\.mdx:3: image « data: » refusée/],
    ['[a][r]\n\n[r]: vbscript:msgbox(1)\n', /x\.mdx:3: définition de lien « vbscript: » refusée/],
  ])('refuses what is code or runs code, with the file and line: %j', (mdx, message) => {
    expect(() => run(mdx)).toThrow(message);
  });

  it('reports every problem of the file, each with its line, not only the first', () => {
    const mdx = 'export const a = 1\n\nTexte {b}\n\n<Inconnu />\n\n[c](javascript:d)\n';
    let message = '';
    try {
      run(mdx);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').map((line) => /^content\/articles\/x\.mdx:\d+: \S+/.exec(line)?.[0])).toEqual([
      'content/articles/x.mdx:1: «',
      'content/articles/x.mdx:3: expression',
      'content/articles/x.mdx:5: élément',
      'content/articles/x.mdx:7: lien',
    ]);
  });

  it('keeps links to the web, to Learn and within the page', () => {
    expect(() =>
      run('[a](https://x.example) [b](configure-proxy.md#x) [c](#y) [d](mailto:a@x.example)\n'),
    ).not.toThrow();
  });
});
