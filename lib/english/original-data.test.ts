import type { Root } from 'hast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { getSite } from '@/lib/site/site';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { englishOriginals } from './original-data';
import { englishEntryOf, englishRowKey, englishSectionKey } from './original-keys';
import { englishRowTree, englishSectionTree } from './tree';

const SCRIPT_SECTION = 'troubleshoot-onboarding-when-deploying-with-a-script';
/** The file as the browser gets it: through JSON. */
const fetched = (slug: string): unknown => JSON.parse(JSON.stringify(englishOriginals(slug)));

describe('englishOriginals: the file an « Original anglais » loads on opening', () => {
  it('holds a section’s English heading and text, found by the key the page names', () => {
    const entry = englishEntryOf(fetched('troubleshoot-onboarding'), englishSectionKey(SCRIPT_SECTION));
    expect(entry?.heading).toBe('Troubleshoot onboarding when deploying with a script');
    expect(toString(entry?.body as Root)).toContain('Look for an event from WDATPOnboarding event source.');
    // The callout stays the vocabulary's element, rendered by the page's components.
    expect(JSON.stringify(entry?.body)).toContain('"name":"Callout"');
  });

  it('holds a code row’s English rows by its anchor and codes', () => {
    const entry = englishEntryOf(fetched('troubleshoot-onboarding'), englishRowKey(SCRIPT_SECTION, [15]));
    expect(entry?.heading).toBeUndefined();
    expect(toString(entry?.body as Root)).toContain('Error Type: Failed to start SENSE service');
  });

  it('has an entry for every section and row a page shows an original for, and no other', () => {
    for (const slug of ARTICLE_SLUGS) {
      const { entries } = englishOriginals(slug);
      const shown = getSite()
        .article(slug)
        .headings.filter(({ id }) => englishSectionTree(slug, id))
        .map(({ id }) => englishSectionKey(id));
      for (const table of CONTENT_CODE_TABLES) {
        const { source, groups } = getSite().codeTable(table);
        if (source.article !== slug) continue;
        for (const { codes } of groups)
          if (englishRowTree(slug, source.anchor, codes)) shown.push(englishRowKey(source.anchor, codes));
      }
      expect(Object.keys(entries).sort(), slug).toEqual([...new Set(shown)].sort());
    }
    expect(Object.keys(englishOriginals('troubleshoot-onboarding').entries).length).toBeGreaterThan(20);
  });

  it('carries no source positions and no raw HTML, and points in-page anchors into the article', () => {
    const text = JSON.stringify(englishOriginals('troubleshoot-onboarding'));
    expect(text).not.toContain('"position"');
    expect(text).not.toContain('"type":"raw"');
    expect(text).not.toMatch(/"href":"#/);
    expect(text).toContain('"href":"/articles/troubleshoot-onboarding#');
  });
});

describe('englishEntryOf: what the browser accepts from the file', () => {
  const body = { type: 'root', children: [] };
  it('reads an entry of the expected shape', () => {
    expect(englishEntryOf({ entries: { 'section:a': { heading: 'A', body } } }, 'section:a')).toEqual({
      heading: 'A',
      body,
    });
  });

  it('refuses anything else: another page, a missing or inherited key, a tree that is not one', () => {
    expect(englishEntryOf('<html>502 Bad Gateway</html>', 'section:a')).toBeUndefined();
    expect(englishEntryOf(null, 'section:a')).toBeUndefined();
    expect(englishEntryOf({ entries: [] }, 'section:a')).toBeUndefined();
    expect(englishEntryOf({ entries: {} }, 'section:a')).toBeUndefined();
    expect(englishEntryOf({ entries: {} }, 'toString')).toBeUndefined();
    expect(englishEntryOf({ entries: { 'section:a': { body: '<p>x</p>' } } }, 'section:a')).toBeUndefined();
    expect(englishEntryOf({ entries: { 'section:a': { body: { type: 'element' } } } }, 'section:a')).toBeUndefined();
    expect(englishEntryOf({ entries: { 'section:a': { heading: 1, body } } }, 'section:a')).toBeUndefined();
  });

  it('keeps sections and rows apart', () => {
    expect(englishSectionKey('x')).not.toBe(englishRowKey('x', []));
    expect(englishRowKey('a', [5, 6, 7])).toBe('row:a:5,6,7');
  });
});
