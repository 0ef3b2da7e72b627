import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchData } from './documents';
import { createSearchIndex } from './engine';

type Case = { q: string; expect: string[] };
const load = (file: string): Case[] => JSON.parse(fs.readFileSync(file, 'utf8')).cases;
const sample = load(path.resolve(process.cwd(), 'e2e/search-sample.json'));
const own = load(path.resolve(process.cwd(), 'e2e/search-cases.json'));
const data = buildSearchData();
const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });

function top3(query: string): string[] {
  return index.search(query, { limit: 3 }).map((result) => result.href);
}

describe('search quality on the real corpus (top 3)', () => {
  it.each([...sample, ...own].map((c) => [c.q.slice(0, 80), c] as const))('%s', (_, c) => {
    const hrefs = top3(c.q);
    const ok = hrefs.some((href) => c.expect.some((pattern) => new RegExp(pattern).test(href)));
    expect(ok, `got ${JSON.stringify(hrefs)}`).toBe(true);
  });
});
