'use client';

import { findTermRanges } from '@/lib/search/snippet';

/**
 * The terms of the result an agent opened, kept for the destination page: it highlights them in the
 * target section or row (CSS Custom Highlight API: no change to the page's HTML).
 */
const KEY = 'portail:search-highlight';

export function rememberHighlight(href: string, terms: readonly string[]) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ href, terms: terms.slice(0, 30) }));
  } catch {
    // Private browsing may refuse storage: highlighting is a nicety.
  }
}

export function highlightRememberedTerms(target: Element, href: string) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  let saved: { href?: string; terms?: string[] } = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
  } catch {
    return;
  }
  if (saved.href !== href || !Array.isArray(saved.terms)) return;
  const terms = saved.terms.filter((term): term is string => typeof term === 'string' && term.length > 1);
  const container = target.closest('section.article-section, tbody.code-group, [data-search-target]') ?? target;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [start, length] of findTermRanges(node.nodeValue ?? '', terms)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, start + length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-terms', new Highlight(...ranges));
}
