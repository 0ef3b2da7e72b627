import type { SearchResult } from './types';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Whether two results look and act the same in a list (link, title, place, snippet with its marks, terms
 * highlighted at the destination): a row rendered for one can stay on screen for the other. Each keystroke's
 * answer comes from the worker as new objects, most of them equal to the previous answer's; the score and
 * evidence are not shown (the tier is compared by the caller).
 */
export function sameShownResult(a: SearchResult, b: SearchResult): boolean {
  return (
    a === b ||
    (a.href === b.href &&
      a.kind === b.kind &&
      a.title === b.title &&
      a.snippetLang === b.snippetLang &&
      sameList(a.breadcrumb, b.breadcrumb) &&
      sameList(a.terms, b.terms) &&
      a.snippet.length === b.snippet.length &&
      a.snippet.every((segment, i) => segment.text === b.snippet[i]?.text && segment.mark === b.snippet[i]?.mark))
  );
}
