import { describe, expect, it } from 'vitest';
import { limitsFromEnv, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  const rule = { burst: 20, perMinute: 60 };

  it('10,000 reports from one client: the burst passes, then one a second, whatever the pace', () => {
    const limiter = new RateLimiter();
    let accepted = 0;
    // 10,000 attempts, one a millisecond: the last at 9.999 s, when 9 tokens have come back.
    for (let i = 0; i < 10_000; i++) if (limiter.take([['client:a', rule]], i).ok) accepted++;
    expect(accepted).toBe(20 + 9);
  });

  it('a refused write takes no token from the other buckets', () => {
    const limiter = new RateLimiter();
    const client = { burst: 2, perMinute: 1 };
    const address = { burst: 5, perMinute: 1 };
    for (let i = 0; i < 100; i++)
      limiter.take(
        [
          ['client:a', client],
          ['ip:1', address],
        ],
        0,
      );
    // The flooding client used 2 of the address's 5 tokens: a neighbour behind the same address still writes.
    const neighbour = [0, 1, 2, 3].map(
      () =>
        limiter.take(
          [
            ['client:b', client],
            ['ip:1', address],
          ],
          0,
        ).ok,
    );
    expect(neighbour).toEqual([true, true, false, false]);
  });

  it('says when to come back', () => {
    const limiter = new RateLimiter();
    const slow = { burst: 1, perMinute: 2 };
    expect(limiter.take([['k', slow]], 0)).toEqual({ ok: true });
    expect(limiter.take([['k', slow]], 0)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.take([['k', slow]], 30_000)).toEqual({ ok: true });
  });

  it('forgets the least recently used keys past its size, so memory stays bounded', () => {
    const limiter = new RateLimiter(3);
    const tight = { burst: 1, perMinute: 1 };
    limiter.take([['a', tight]], 0);
    for (const key of ['b', 'c', 'd']) limiter.take([[key, tight]], 0);
    // `a` was forgotten: it starts again with a full bucket.
    expect(limiter.take([['a', tight]], 0).ok).toBe(true);
    expect(limiter.take([['d', tight]], 0).ok).toBe(false);
  });
});

describe('limitsFromEnv', () => {
  it('reads positive numbers and falls back on the defaults', () => {
    expect(limitsFromEnv({}).client).toEqual({ perMinute: 120, burst: 30 });
    expect(limitsFromEnv({ PORTAIL_LIMITE_CLIENT: '8', PORTAIL_LIMITE_ADRESSE: 'x' })).toMatchObject({
      client: { perMinute: 8, burst: 10 },
      address: { perMinute: 1200, burst: 300 },
    });
  });
});
