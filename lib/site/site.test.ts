import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ArticleSyntax from '@/lib/mdx/article-syntax';
import { articleFront, contentDir } from '@/test-support/content-dir';

// Counts the parses of article bodies: the one parse per article is the point of lib/site.
const parses = vi.hoisted(() => new Map<string, number>());
vi.mock('@/lib/mdx/article-syntax', async (original) => {
  const actual = await original<typeof ArticleSyntax>();
  return {
    ...actual,
    parseArticleBody: (body: string, file: string) => {
      parses.set(file, (parses.get(file) ?? 0) + 1);
      return actual.parseArticleBody(body, file);
    },
  };
});

/** lib/site on another content directory: CONTENT_DIR is read when lib/content-files.ts loads. */
async function siteModule(dir: string) {
  vi.stubEnv('CONTENT_DIR', dir);
  vi.resetModules();
  return import('./site');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  parses.clear();
});

describe('getSite: the content directory read once', () => {
  it('parses each article once, whatever reads it (pages, search, tickets, .md, llms.txt, wizards)', async () => {
    vi.resetModules();
    const { getSite } = await import('./site');
    const { ARTICLE_SLUGS } = await import('@/lib/articles/catalog');
    const { buildSearchDocuments } = await import('@/lib/search/documents');
    const { articleMarkdown } = await import('@/lib/ticket/article-markdown');
    const { llmsTxt } = await import('@/lib/ticket/llms-txt');
    const { sectionTicket } = await import('@/lib/ticket/units');
    const { WIZARD_IDS } = await import('@/lib/wizards/catalog');
    const site = getSite();
    buildSearchDocuments();
    llmsTxt();
    for (const slug of ARTICLE_SLUGS) {
      articleMarkdown(slug);
      for (const heading of getSite().article(slug).headings) sectionTicket(slug, heading.id);
    }
    for (const id of WIZARD_IDS) expect(getSite().wizard(id).paths).toBeDefined();
    expect(getSite()).toBe(site);
    expect(ARTICLE_SLUGS.length).toBeGreaterThan(1);
    expect([...parses.values()]).toEqual(ARTICLE_SLUGS.map(() => 1));
    expect(site.problems).toEqual([]);
  }, 60_000);

  it('parses each distinct table cell once, in one processor', async () => {
    const { getSite } = await siteModule(contentDir({}));
    const site = getSite();
    expect(site.cell('un `code` et [un lien](a.md)')).toBe(site.cell('un `code` et [un lien](a.md)'));
    expect(site.cell('**gras**').children[0]?.type).toBe('paragraph');
  });

  it('makes what is derived from the content once per read, and again after another read', async () => {
    const { readSite } = await siteModule(contentDir({}));
    const site = readSite();
    let made = 0;
    const make = () => ({ made: ++made });
    expect(site.derived('essai', make)).toBe(site.derived('essai', make));
    expect(made).toBe(1);
    expect(readSite().derived('essai', make)).toEqual({ made: 2 });
  });

  it("parses each article once per build: the check writes the trees, the build's worker reads them back", async () => {
    const dir = contentDir({
      'articles/a.mdx': `${articleFront('A')}<h1 id="a">A</h1>\n\n<h2 id="b">B</h2>\n\nDu texte.\n`,
    });
    vi.stubEnv('PORTAIL_PARSE_CACHE', fs.mkdtempSync(path.join(os.tmpdir(), 'site-arbres-')));
    const checked = (await siteModule(dir)).readSite();
    const built = (await siteModule(dir)).readSite();
    expect(built.article('a')).not.toBe(checked.article('a'));
    expect(built.article('a').headings).toEqual(checked.article('a').headings);
    expect(built.article('a').tree).toEqual(checked.article('a').tree);
    expect([...parses.values()]).toEqual([1]);
  });

  it('keeps one read per process in production, where Next loads this module once per bundle', async () => {
    const dir = contentDir({ 'articles/a.mdx': `${articleFront('A')}<h1 id="a">A</h1>\n` });
    vi.stubEnv('NODE_ENV', 'production');
    const first = (await siteModule(dir)).getSite();
    const second = (await siteModule(dir)).getSite();
    expect(second).toBe(first);
    expect(parses.get(first.article('a').file)).toBe(1);
    delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('portail-depannage.site')];
  });

  it('names a bad file with its line in French and still reads the good ones', async () => {
    const dir = contentDir({
      'articles/bonne.mdx': `${articleFront('Bonne')}<h1 id="bonne">Bonne</h1>\n\n<h2 id="section">Section</h2>\n\nDu texte.\n`,
      'articles/mauvaise.mdx': `${articleFront('Mauvaise')}<h1 id="mauvaise">Mauvaise</h1>\n\nUn {calcul} ici.\n`,
      'notes/equipe.yml': [
        '- cible: /articles/bonne#section',
        '  auteur: JD',
        '  date: 2026-11-29',
        '  texte: Une note.',
        '- cible: /articles/mauvaise#mauvaise',
        '  auteur: JD',
        '  date: 2026-11-29',
        '  texte: Sa cible ne se lit pas.',
        '',
      ].join('\n'),
    });
    const { getSite } = await siteModule(dir);
    const site = getSite();
    const messages = site.problems.flatMap((problem) => problem.errors.map((error) => error.message));
    expect(messages).toEqual([
      expect.stringMatching(/articles\/mauvaise\.mdx:10: expression « \{…\} » interdite dans un article/),
      expect.stringMatching(/notes\/equipe\.yml:5: cible « \/articles\/mauvaise#mauvaise » introuvable/),
    ]);
    expect(site.article('bonne').headings.map((heading) => heading.id)).toEqual(['bonne', 'section']);
    expect(site.notesFor('/articles/bonne#section').map((note) => note.texte)).toEqual(['Une note.']);
    expect(() => site.article('mauvaise')).toThrow(/mauvaise\.mdx:10:/);
  });
});
