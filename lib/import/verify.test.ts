import { describe, expect, it } from 'vitest';
import { verifyArticleMdx } from './verify';

/** Defence in depth: MDX that would run, link out dangerously or leave the vocabulary is refused by line. */
const article = (body: string) => `---\ntitle: "x"\n---\n\n<h1 id="x">X</h1>\n\n${body}\n`;
const verify = (body: string) => () => verifyArticleMdx(article(body), 'content/articles/x.mdx');

describe('verifyArticleMdx', () => {
  it('accepts the vocabulary with literal attributes', () => {
    expect(
      verify('<Callout type="note">\n  Texte \\{x} <Anchor id="a" />\n</Callout>\n\n<Figure alt="{pas du code}" />'),
    ).not.toThrow();
  });

  it.each([
    ['export const x = 1', /x\.mdx:7: import\/export JavaScript refusé/],
    ['import fs from "node:fs"', /x\.mdx:7: import\/export JavaScript refusé/],
    ['{process.exit(1)}', /x\.mdx:7: expression \{…\} refusé/],
    ['Texte {1 + 1}', /x\.mdx:7: expression \{…\} refusé/],
    ['<Figure alt={evil()} />', /x\.mdx:7: attribut calculé refusé sur <Figure>/],
    ['<Figure {...props} />', /x\.mdx:7: attribut calculé refusé sur <Figure>/],
    ['[lien](javascript:alert(1))', /x\.mdx:7: lien « javascript:alert\(1\) » refusé/],
    ['<script>alert(1)</script>', /x\.mdx:7: élément <script> inconnu/],
    ['<Callout type="note" onClick="x">\n  a\n</Callout>', /x\.mdx:7: attribut « onClick » non autorisé/],
    ['Texte <b>gras</b>', /x\.mdx:7: élément <b> inconnu/],
  ])('refuses %j, naming the line', (body, message) => {
    expect(verify(body)).toThrow(message);
  });

  it('refuses MDX it cannot read, naming the line', () => {
    expect(verify('a\n\n<Callout type="note">')).toThrow(/x\.mdx:9: MDX illisible/);
  });
});
