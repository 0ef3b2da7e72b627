import { describe, expect, it } from 'vitest';
import { afterPaint, FRAME_WAIT_MS, type FrameClock } from './after-paint';

/** A browser whose frames and timers run when the test says. */
function fakeClock(hidden = false) {
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms) => timers.push({ at: now + ms, run: callback }),
    document: { hidden },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  const paint = () => frames.splice(0).forEach((frame) => frame());
  return { clock, advance, paint };
}

describe('afterPaint', () => {
  it('waits for the frame, then for the task after it', () => {
    const { clock, advance, paint } = fakeClock();
    let runs = 0;
    afterPaint(() => runs++, clock);
    advance(0);
    expect(runs).toBe(0);
    paint();
    expect(runs).toBe(0);
    advance(0);
    expect(runs).toBe(1);
  });

  it('runs the work once, even when the frame comes after the wait ran out', () => {
    const { clock, advance, paint } = fakeClock();
    let runs = 0;
    afterPaint(() => runs++, clock);
    advance(FRAME_WAIT_MS);
    expect(runs).toBe(1);
    paint();
    advance(FRAME_WAIT_MS);
    expect(runs).toBe(1);
  });

  it('in a hidden tab (no frames), runs the work in the next task', () => {
    const { clock, advance } = fakeClock(true);
    let runs = 0;
    afterPaint(() => runs++, clock);
    advance(0);
    expect(runs).toBe(1);
  });
});
