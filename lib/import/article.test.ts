import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkArticleSyntax } from '@/lib/mdx/article-syntax';
import { importMarkdownArticle, importYamlArticle } from './article';
import { parseRedirections, redirectLink } from './links';
import { sourceReader } from './source-tree';

const root = path.resolve(import.meta.dirname, 'fixtures/docs');
const read = (file: string) => fs.readFileSync(file, 'utf8');
const redirections = parseRedirections(read(path.join(root, '.openpublishing.redirection.json')));

function importFixture(relative: string) {
  const file = path.join(root, relative);
  return importMarkdownArticle(
    { file, raw: read(file), folders: ['ATPDocs'] },
    'constructs',
    sourceReader(root, 'repository'),
    { rewriteLink: (href) => redirectLink(href, relative, redirections) },
  );
}

describe('a DocFX article with every construct', () => {
  const article = importFixture('ATPDocs/constructs.md');

  it('becomes the expected MDX (front matter, ids, includes, callouts, images, tables, anchors, zones, links)', () => {
    expect(article.mdx).toBe(read(path.join(root, 'constructs.expected.mdx')));
  });

  it('passes the build’s article checks', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkArticleSyntax, { file: 'constructs.mdx' });
    expect(() => processor.runSync(processor.parse(article.mdx.replace(/^---\n[\s\S]*?\n---\n/, '')))).not.toThrow();
  });

  it('reports what it did not understand, with file and line', () => {
    expect(article.notes.map((n) => `${path.relative(root, n.file)}:${n.line}: ${n.construct}`)).toEqual([
      'ATPDocs/constructs.md:32: ancre « first » en double, renommée « first-1 »',
      'ATPDocs/constructs.md:44: marqueur [!VIDEO] inconnu, gardé en texte',
      'ATPDocs/constructs.md:46: balise HTML <sup> inconnue, gardée en texte',
      'ATPDocs/constructs.md:50: titre de niveau 5 rendu au niveau 4',
    ]);
  });
});

describe('a YAML article', () => {
  it('is kept visible as YAML, titled, and reported', () => {
    const raw =
      '### YamlMime:FAQ\nmetadata:\n  title: FAQ technique\n  ms.date: 01/02/2021\ntitle: Questions fréquentes\nsections: []\n';
    const article = importYamlArticle(
      { file: '/docs/ATPDocs/technical-faq.yml', raw, folders: ['ATPDocs'] },
      'technical-faq',
    );
    expect(article.meta).toMatchObject({
      title: 'Questions fréquentes',
      sourceFile: 'technical-faq.yml',
      sourceDate: '2021-01-02',
      product: 'azure-atp',
    });
    expect(article.mdx).toContain('```yaml\n### YamlMime:FAQ\n');
    expect(article.mdx).toContain('<h1 id="questions-frequentes">Questions fréquentes</h1>');
    expect(article.notes).toEqual([
      { file: '/docs/ATPDocs/technical-faq.yml', line: 1, construct: 'article YAML (FAQ) gardé tel quel' },
    ]);
  });
});
