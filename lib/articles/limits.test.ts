import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARTICLE_MAX_BYTES,
  ARTICLE_MAX_SECTIONS,
  checkArticleBytes,
  checkArticleSections,
  SLOW_ARTICLE_STAGE_MS,
  timedArticleStage,
} from './limits';

const FILE = 'content/articles/x.mdx';

describe('article limits', () => {
  it('refuses a file over the byte limit, naming it', () => {
    expect(() => checkArticleBytes(FILE, ARTICLE_MAX_BYTES)).not.toThrow();
    expect(() => checkArticleBytes(FILE, 5_000_000)).toThrow(/^content\/articles\/x\.mdx: article trop volumineux/);
  });

  it('refuses too many sections at the first heading over the limit', () => {
    const lines = Array.from({ length: ARTICLE_MAX_SECTIONS + 5 }, (_, i) => i * 2 + 1);
    expect(() => checkArticleSections(FILE, lines.slice(0, ARTICLE_MAX_SECTIONS))).not.toThrow();
    expect(() => checkArticleSections(FILE, lines)).toThrow(
      new RegExp(`^content/articles/x\\.mdx:${ARTICLE_MAX_SECTIONS * 2 + 1}: trop de sections`),
    );
  });
});

describe('timedArticleStage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the article in the build log when a stage is slow, and only then', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let clock = 0;
    const now = () => clock;
    expect(timedArticleStage(FILE, 'compilation', () => ((clock += 100), 'vite'), now)).toBe('vite');
    expect(warn).not.toHaveBeenCalled();
    const slow = async () => {
      clock += SLOW_ARTICLE_STAGE_MS + 1_000;
      return 'lent';
    };
    await expect(timedArticleStage(FILE, 'compilation', slow, now)).resolves.toBe('lent');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^content\/articles\/x\.mdx : compilation en 11 s/));
  });
});
