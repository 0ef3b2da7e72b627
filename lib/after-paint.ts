/** What `afterPaint` needs from the browser (the window by default; a fake in tests). */
export type FrameClock = {
  requestAnimationFrame: (callback: () => void) => unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
  document?: { hidden: boolean };
};

/**
 * How long `afterPaint` waits for a frame before it runs the work anyway: a hidden tab paints no frames, and
 * a tab hidden after the call would otherwise keep the work forever.
 */
export const FRAME_WAIT_MS = 100;

/**
 * Runs `work` once the browser has drawn the frame it owes (the frame callback, then a task: that task runs
 * after the frame's style, layout and paint). What the work then changes lands in the next frame instead of
 * delaying this one: a keystroke's letter, or a pasted text, is on screen first. Runs `work` exactly once.
 */
export function afterPaint(work: () => void, clock: FrameClock = globalThis as unknown as FrameClock): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (clock.document?.hidden) {
    clock.setTimeout(run, 0);
    return;
  }
  clock.requestAnimationFrame(() => clock.setTimeout(run, 0));
  clock.setTimeout(run, FRAME_WAIT_MS);
}
