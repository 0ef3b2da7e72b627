/**
 * Per-client rate limits for the API's writes: token buckets (a burst, then a steady rate), kept in the
 * process's memory. A write takes one token from each bucket it falls under (its client id, its address,
 * and for reports a bucket of their own); it is refused when any is empty, and then takes none, so a client
 * that floods does not drain its neighbours' address bucket. Memory is bounded: past `maxKeys` buckets the
 * least recently used ones are forgotten. Pure: the clock is passed in.
 */

export type BucketRule = { burst: number; perMinute: number };
export type Decision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly maxKeys = 50_000) {}

  /** Takes a token from every `[key, rule]` when all have one; otherwise takes none. */
  take(checks: readonly (readonly [string, BucketRule])[], now: number): Decision {
    let wait = 0;
    const current = checks.map(([key, rule]) => {
      const bucket = this.refill(key, rule, now);
      if (bucket.tokens < 1) wait = Math.max(wait, ((1 - bucket.tokens) * 60_000) / rule.perMinute);
      return bucket;
    });
    if (wait > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    for (const bucket of current) bucket.tokens -= 1;
    return { ok: true };
  }

  private refill(key: string, rule: BucketRule, now: number): Bucket {
    const existing = this.buckets.get(key);
    const bucket = existing ?? { tokens: rule.burst, at: now };
    bucket.tokens = Math.min(rule.burst, bucket.tokens + ((now - bucket.at) * rule.perMinute) / 60_000);
    bucket.at = now;
    // Map order is insertion order: re-inserting marks the key as recently used.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return bucket;
  }
}

export type Limits = { client: BucketRule; address: BucketRule; reports: BucketRule; login: BucketRule };

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
};

/**
 * The limits, per minute, from the environment: `PORTAIL_LIMITE_CLIENT` (one browser),
 * `PORTAIL_LIMITE_ADRESSE` (one address: a whole helpdesk may sit behind one NAT), `PORTAIL_LIMITE_SIGNALEMENTS`
 * (reports of one address). Bursts are a quarter of a minute's worth, at least 10.
 */
export function limitsFromEnv(env: Record<string, string | undefined>): Limits {
  const rule = (perMinute: number): BucketRule => ({ perMinute, burst: Math.max(10, Math.round(perMinute / 4)) });
  return {
    client: rule(positive(env.PORTAIL_LIMITE_CLIENT, 120)),
    address: rule(positive(env.PORTAIL_LIMITE_ADRESSE, 1200)),
    reports: rule(positive(env.PORTAIL_LIMITE_SIGNALEMENTS, 20)),
    login: { perMinute: 10, burst: 10 },
  };
}
