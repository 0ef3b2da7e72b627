'use client';

import { startTransition, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { afterPaint } from '@/lib/after-paint';
import { latestOnly } from '@/lib/worker-rpc';
import type { SearchAnswer, SearchRequest, SearchRunner } from './search-answer';
import { getSearcher, onSearchRunner, searchRunner } from './search-client';

export type AnsweredQuery = SearchAnswer & { query: string };

export type BoxSearch = {
  /** The answer to the latest query answered; the previous one stays on screen until the next arrives. */
  answer?: AnsweredQuery;
  /** The search data could not be loaded (a later focus tries again). */
  failed: boolean;
  runner: SearchRunner;
  /** Starts loading the data and building the index (first focus). */
  ensure: () => void;
};

type BoxOptions = { limit: number; suggest: boolean; enabled: boolean };

/**
 * The answers of one search box, from the page's searcher (`./search-client.ts`, a worker when it can): every
 * change of `query` asks again, and only the answer to the latest query is kept (`latestOnly`), whatever
 * order the answers come back in. An answer from the first file of a large corpus is asked again once the
 * whole text is indexed.
 */
export function useSearch(box: string, query: string, { limit, suggest, enabled }: BoxOptions): BoxSearch {
  const [answer, setAnswer] = useState<AnsweredQuery>();
  const [failed, setFailed] = useState(false);
  const [wholeText, setWholeText] = useState(false);
  const runner = useSyncExternalStore(onSearchRunner, searchRunner, () => 'worker' as const);
  const ask = useMemo(() => latestOnly((request: SearchRequest) => getSearcher().search(request)), []);

  useEffect(() => {
    // The field emptied: the answer on screen belongs to a query the agent left. Forgotten (in a transition,
    // after the key's frame), so that the next query's first key shows « Recherche… » rather than the last
    // query's list mounted again under it, and its own answer then arrives as one list.
    if (!query.trim()) {
      startTransition(() => setAnswer(undefined));
      return;
    }
    if (!enabled) return;
    // An answer that arrives once the query changed (emptied, say) is not shown: a later query's wins.
    let current = true;
    ask({ box, query, limit, suggest }).then(
      (answered) => {
        if (!answered || !current) return;
        setFailed(false);
        // Once the frame the browser owes is drawn: the worker often answers within the keystroke's own
        // frame (10 to 20 ms at 721 articles), and a list drawn then delays the letter on screen (first
        // letters of a query past a frame: 18/75 before, 7/75 after; docs/scale.md). Then a transition: React
        // renders the new results in slices that a keystroke interrupts.
        afterPaint(() => {
          if (current) startTransition(() => setAnswer({ ...answered, query }));
        });
        if (!answered.complete)
          getSearcher()
            .complete()
            .then(
              () => setWholeText(true),
              () => setFailed(true),
            );
      },
      () => setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [ask, box, query, limit, suggest, enabled, wholeText]);

  // Called on focus and on each keystroke: once the engine is ready, it asks nothing more (until a failure).
  const ready = useRef(false);
  const ensure = useCallback(() => {
    if (ready.current) return;
    getSearcher()
      .prepare()
      .then(
        () => {
          ready.current = true;
          setFailed(false);
        },
        () => setFailed(true),
      );
  }, []);
  return { answer, failed, runner, ensure };
}
