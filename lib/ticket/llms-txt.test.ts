import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { llmsTxt } from './llms-txt';

describe('llms.txt', () => {
  it('llms.txt lists articles, code tables and wizards, one line each', () => {
    const txt = llmsTxt();
    expect(txt.startsWith('# ')).toBe(true);
    expect(txt.match(/^- \[.+\]\(\/articles\/[a-z-]+\.md\): .+$/gm)).toHaveLength(ARTICLE_SLUGS.length);
    expect(txt.match(/^- \[.+\]\(\/codes\/[a-z-]+\): .+$/gm)).toHaveLength(6);
    expect(txt.match(/^- \[.+\]\(\/assistants\/[a-z-]+\): .+$/gm)).toHaveLength(2);
  }, 30_000); // The first test of a file loads every article.
});
