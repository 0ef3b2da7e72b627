/**
 * Long work cut into slices: the work is a generator that yields between small steps, and the runner gives
 * the event loop back whenever a slice has used its time budget, so that a page stays responsive (input,
 * frames) while it runs. The same generator runs to its end in one go where nothing waits (a worker, a test,
 * the server), so both ways give the same result by construction.
 */
export type Steps<T> = Iterator<unknown, T, undefined>;

/** Runs the steps to their end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Gives the event loop back: a message to ourselves is a new task, without setTimeout's 4 ms clamp on nested
 * calls. Not `scheduler.yield()`: its continuation goes before ordinary tasks, so a worker would not read
 * the message that replaces its current run until that run had ended.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The slice of work a page's main thread runs before it gives input and frames a turn: well under a 16.7 ms
 * frame, so that a key press waits at most this long for its handlers.
 */
export const PAGE_SLICE_MS = 10;

export type SliceOptions = {
  /** Milliseconds of work per slice before the event loop gets a turn. */
  budget: number;
  /** Checked between slices: true stops the work (its result is no longer wanted); the run resolves undefined. */
  cancelled?: () => boolean;
  pause?: () => Promise<void>;
  now?: () => number;
};

/** Runs the steps in slices of `budget` ms; undefined when cancelled. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T | undefined> {
  const { budget, cancelled = () => false, pause = nextTask, now = () => performance.now() } = options;
  for (;;) {
    const end = now() + budget;
    let step = steps.next();
    while (!step.done && now() < end) step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (cancelled()) {
      steps.return?.(undefined as never);
      return undefined;
    }
  }
}
