'use client';

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { URL_SETTLE_MS } from './use-query-url';

/** How many of a list's rows are drawn while the agent types: the ones a screen shows first. */
export const ROWS_WHILE_TYPING = 5;

const noSubscription = () => () => {};

/**
 * How many rows of an answer to draw now. While the agent types, each keystroke's answer draws its first
 * rows only; the others follow once the typing pauses (no new answer for the pause the URL waits for too).
 * Every row drawn costs the frame it lands in layout, paint and raster, and a key pressed in that frame waits
 * for them: on the 721-article corpus, 20 rows per answer put 7.8 % of keystrokes past a frame, the first 5
 * alone 2.3 % (docs/scale.md, « Keystroke latency »). The rows below them are off screen while one types.
 * A list the server rendered (hydration) keeps all its rows: its HTML is already there.
 */
export function useRowsToDraw<Row>(rows: readonly Row[]): number {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  // The answer whose rows are all drawn: the server's at hydration, then the last one the typing paused on.
  const [settled, setSettled] = useState<readonly Row[] | undefined>(hydrating ? rows : undefined);
  useEffect(() => {
    if (settled === rows) return;
    const timer = window.setTimeout(() => startTransition(() => setSettled(rows)), URL_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [rows, settled]);
  return settled === rows ? rows.length : Math.min(rows.length, ROWS_WHILE_TYPING);
}
