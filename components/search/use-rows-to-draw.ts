'use client';

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/** How many rows a list that mounts on the page draws in the frame it arrives in. */
export const FIRST_FRAME_ROWS = 5;

const noSubscription = () => () => {};

/**
 * How many of a list's rows to draw now. A list the page mounts (the first answer after an empty field) draws
 * its first rows in the frame it arrives in and the others in a transition after that frame: 20 rows mounted
 * at once cost the main thread 20 to 25 ms (render, style, layout, paint), more than a frame, and a key
 * pressed meanwhile waits for them (docs/scale.md, « Keystroke latency »). A list the server rendered
 * (hydration) keeps all its rows: its HTML is already there.
 */
export function useRowsToDraw(total: number): number {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [all, setAll] = useState(hydrating);
  useEffect(() => {
    if (all) return;
    const frame = requestAnimationFrame(() => startTransition(() => setAll(true)));
    return () => cancelAnimationFrame(frame);
  }, [all]);
  return all ? total : Math.min(total, FIRST_FRAME_ROWS);
}
