import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseFrontMatter } from './articles/front-matter';
import { ARTICLE_SLUGS } from './articles/catalog';
import { contentDirFrom, contentLabelOf, lineOfPath, listContentFiles, parseDataFile } from './content-files';
import { scpStatusesSchema } from './tables/schemas';

const schema = z.object({ rows: z.array(z.object({ eventId: z.int() })) });

describe('data files fail with their file and line', () => {
  it('names the line of a value that breaks the schema', () => {
    const text = '{\n  "rows": [\n    { "eventId": 5 },\n    { "eventId": "dix" }\n  ]\n}\n';
    expect(() => parseDataFile('tables/x.json', text, schema)).toThrow(/^content\/tables\/x\.json:4: rows\.1\.eventId/);
  });

  it('names the line of a JSON syntax error', () => {
    expect(() => parseDataFile('tables/x.json', '{\n  "rows": [\n    { "eventId": 5 },\n  ]\n}', schema)).toThrow(
      /^content\/tables\/x\.json:4: JSON invalide/,
    );
  });

  it('maps a JSON path to its line, or to its nearest existing parent', () => {
    const text = '{\n  "a": {\n    "b": [1, 2]\n  }\n}';
    expect(lineOfPath(text, ['a', 'b'])).toBe(3);
    expect(lineOfPath(text, ['a', 'zzz'])).toBe(2);
  });

  it('rejects an enrollment code that is not a number or a range', () => {
    const text = JSON.stringify(
      {
        source: { article: 'configure-proxy', anchor: 'x' },
        columns: ['a', 'b', 'c'],
        rows: [{ codes: ['5 à 9'], status: 's', actions: 'a' }],
      },
      null,
      2,
    );
    expect(() => parseDataFile('tables/scp.json', text, scpStatusesSchema)).toThrow(
      /scp\.json:\d+: rows\.0\.codes\.0 : code ou plage attendu/,
    );
  });
});

describe('article front matter', () => {
  it('names the file and the line of the faulty key', () => {
    const raw = '---\ntitle: "T"\ndescription: "D"\nproduct: "autre"\n---\n';
    expect(() =>
      parseFrontMatter({ title: 'T', description: 'D', product: 'autre' }, 'content/articles/x.mdx', raw),
    ).toThrow(/^content\/articles\/x\.mdx:4: front matter invalide \(product\)/);
  });
});

describe('content directory', () => {
  it('is content/ of the project unless CONTENT_DIR names another one (relative to the project)', () => {
    expect(contentDirFrom(undefined, '/p')).toBe('/p/content');
    expect(contentDirFrom('', '/p')).toBe('/p/content');
    expect(contentDirFrom('/tmp/corpus', '/p')).toBe('/tmp/corpus');
    expect(contentDirFrom('fixtures/x', '/p')).toBe('/p/fixtures/x');
  });

  it('names its files in errors relative to the project, or by absolute path when it is outside', () => {
    expect(contentLabelOf('/p/content', '/p')).toBe('content');
    expect(contentLabelOf('/p', '/p')).toBe('.');
    expect(contentLabelOf('/tmp/corpus', '/p')).toBe('/tmp/corpus');
    expect(contentLabelOf('/p-2/content', '/p')).toBe('/p-2/content');
  });

  it('makes the catalog: the .mdx files of articles/, by slug; a missing folder is an empty list', () => {
    expect(ARTICLE_SLUGS).toEqual([
      'configure-proxy',
      'troubleshoot-onboarding',
      'troubleshoot-onboarding-error-messages',
      'troubleshoot-security-config-mgt',
      'troubleshooting-atp-known-issues',
    ]);
    expect(listContentFiles('n-existe-pas', '.json')).toEqual([]);
  });
});
