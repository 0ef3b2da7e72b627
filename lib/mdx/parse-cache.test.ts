import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { readArticle } from '@/lib/articles/load';
import { parseArticleBody } from './article-syntax';
import { cachedParse } from './parse-cache';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'parse-cache-test-'));

/** `parseArticleBody` that counts its calls. */
function counted() {
  const calls = { count: 0 };
  const parse = (body: string, file: string) => () => {
    calls.count++;
    return parseArticleBody(body, file);
  };
  return { calls, parse };
}

const BODY = '<h1 id="titre">Titre</h1>\n\n<h2 id="section">Section</h2>\n\nDu **texte** et [un lien](a.md).\n';

describe('cachedParse: one parse per article and build, shared by its processes', () => {
  it('parses every time without a folder (tests, next dev, the server)', () => {
    const { calls, parse } = counted();
    cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), '');
    cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), '');
    expect(calls.count).toBe(2);
  });

  it('reads back the tree another process wrote for the same file and text', () => {
    const dir = folder();
    const { calls, parse } = counted();
    const first = cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), dir);
    const again = cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), dir);
    expect(calls.count).toBe(1);
    expect(again).toEqual(first);
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('parses again when the text or the file differs', () => {
    const dir = folder();
    const { calls, parse } = counted();
    cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), dir);
    const other = `${BODY}\nUn autre paragraphe.\n`;
    const tree = cachedParse('a.mdx', other, parse(other, 'a.mdx'), dir);
    cachedParse('b.mdx', BODY, parse(BODY, 'b.mdx'), dir);
    expect(calls.count).toBe(3);
    expect(JSON.stringify(tree)).toContain('Un autre paragraphe.');
  });

  it('parses again over a tree it cannot read, and keeps no failed parse', () => {
    const dir = folder();
    const { calls, parse } = counted();
    cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), dir);
    const [kept] = fs.readdirSync(dir);
    fs.writeFileSync(path.join(dir, kept as string), '{"type":"root","chil');
    expect(cachedParse('a.mdx', BODY, parse(BODY, 'a.mdx'), dir).children.length).toBeGreaterThan(0);
    expect(calls.count).toBe(2);
    const bad = 'Un {calcul} ici.\n';
    for (let i = 0; i < 2; i++)
      expect(() => cachedParse('mauvais.mdx', bad, parse(bad, 'mauvais.mdx'), dir)).toThrow(/mauvais\.mdx:1/);
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('gives back each article of content/ as parsed: same nodes, positions and data', () => {
    const dir = folder();
    expect(ARTICLE_SLUGS.length).toBeGreaterThan(1);
    for (const slug of ARTICLE_SLUGS) {
      const { body, file } = readArticle(slug);
      const parsed = cachedParse(file, body, () => parseArticleBody(body, file), dir);
      const read = cachedParse(file, body, () => ({ type: 'root', children: [] }) as Root, dir);
      // JSON drops keys whose value is undefined (`position: undefined` of a generated node): the same tree.
      expect(read).toEqual(parsed);
      expect(read.children.length).toBeGreaterThan(0);
    }
  });
});
