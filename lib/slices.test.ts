import { describe, expect, it } from 'vitest';
import { nextTask, runInSlices, runToEnd } from './slices';

/** Ten steps of 3 ms each on a fake clock, with the slice boundaries noted. */
function* work(clock: { t: number }, log: string[]) {
  let sum = 0;
  for (let i = 1; i <= 10; i++) {
    clock.t += 3;
    sum += i;
    log.push(`step ${i}`);
    yield;
  }
  return sum;
}

describe('slices', () => {
  it('runs to the end in one go, with the same result as in slices', async () => {
    const clock = { t: 0 };
    const sliced = await runInSlices(work(clock, []), { budget: 5, now: () => clock.t, pause: async () => {} });
    expect(runToEnd(work({ t: 0 }, []))).toBe(55);
    expect(sliced).toBe(55);
  });

  it('gives the event loop back once a slice has used its budget', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    await runInSlices(work(clock, log), {
      budget: 8,
      now: () => clock.t,
      pause: async () => {
        log.push('pause');
      },
    });
    // 3 steps of 3 ms pass an 8 ms budget: a pause after every third step.
    expect(log.join(',')).toBe(
      'step 1,step 2,step 3,pause,step 4,step 5,step 6,pause,step 7,step 8,step 9,pause,step 10',
    );
  });

  it('stops between slices when the result is no longer wanted', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    let wanted = true;
    const result = await runInSlices(work(clock, log), {
      budget: 8,
      now: () => clock.t,
      pause: async () => {
        wanted = false;
      },
      cancelled: () => !wanted,
    });
    expect(result).toBeUndefined();
    expect(log).toEqual(['step 1', 'step 2', 'step 3']);
  });

  it('pauses for a task of its own', async () => {
    const order: string[] = [];
    const paused = nextTask().then(() => order.push('after the pause'));
    order.push('before');
    await paused;
    expect(order).toEqual(['before', 'after the pause']);
  });
});
