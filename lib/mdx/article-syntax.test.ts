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
});
