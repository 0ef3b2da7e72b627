import { ContentError } from '@/lib/content-error';

/**
 * How big one article may be. The build compiles, renders and indexes each article page in one go, and Next
 * gives a page 60 s; a 5 MB article of 19,000 sections made the build run 13 minutes, peak at 4.9 GB and fail
 * blaming another page. `npm run bench:article-size` measures an article through every stage of the build:
 * 1,000 sections (260 KB) take about 26 s, 2,000 about 50 s and 4,000 about 185 s and 740 MB, on this
 * 2-core machine under load (measured before the limits); parsing 1 MB of prose in 58 sections takes about
 * 26 s there too. The largest real article we import (the corpus's `whats-new`) has 88 sections and 76 KB.
 * So an article may have up to 1,000 sections (11 times that, below the title) and 1 MB; past that it is
 * refused by `npm run check:content` and the build, naming the file: split it into several articles.
 */
export const ARTICLE_MAX_BYTES = 1_000_000;
export const ARTICLE_MAX_SECTIONS = 1_000;

const number = (value: number) => value.toLocaleString('fr-FR');

/** Refuses a file over ARTICLE_MAX_BYTES, before it is read. */
export function checkArticleBytes(file: string, bytes: number): void {
  if (bytes > ARTICLE_MAX_BYTES) {
    throw new ContentError(
      file,
      undefined,
      `article trop volumineux : ${number(bytes)} octets (limite : ${number(ARTICLE_MAX_BYTES)}) ; ` +
        'découpez-le en plusieurs articles',
    );
  }
}

/** Refuses an article with more than ARTICLE_MAX_SECTIONS sections, at the heading of the first one over. */
export function checkArticleSections(file: string, sectionLines: readonly (number | undefined)[]): void {
  if (sectionLines.length > ARTICLE_MAX_SECTIONS) {
    throw new ContentError(
      file,
      sectionLines[ARTICLE_MAX_SECTIONS],
      `trop de sections : ${number(sectionLines.length)} (limite : ${number(ARTICLE_MAX_SECTIONS)}) ; ` +
        'découpez l’article en plusieurs articles',
    );
  }
}

/** Past this, one stage of one article is worth a line in the build log (Next abandons a page after 60 s). */
export const SLOW_ARTICLE_STAGE_MS = 10_000;

/**
 * Runs one stage of the work on an article and says so when it is slow, naming the file: when a page then
 * times out during `next build`, Next blames whichever page was waiting (a 5 MB article made it blame
 * `/assistants`), and this line names the article that held the build.
 */
export function timedArticleStage<T>(file: string, stage: string, run: () => T, now = () => performance.now()): T {
  const started = now();
  const result = run();
  const finish = () => {
    const elapsed = now() - started;
    if (elapsed > SLOW_ARTICLE_STAGE_MS) {
      console.warn(`${file} : ${stage} en ${(elapsed / 1000).toFixed(0)} s (article lent : découpez-le)`);
    }
  };
  if (result instanceof Promise) return result.finally(finish) as T;
  finish();
  return result;
}
