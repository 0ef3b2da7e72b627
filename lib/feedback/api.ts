/**
 * The API's write path, shared by its routes: same origin, rate limit, a JSON body under the size limit,
 * the zod schema, then one committed statement; only then `200 { ok: true }`. Every refusal is a French
 * `{ erreur }` with the right status (403, 413, 415, 400, 422, 429; 503 when the database cannot write, so
 * that the browser keeps the write and retries).
 */
import 'server-only';
import type { z } from 'zod';
import { RateLimiter, limitsFromEnv, type BucketRule } from './rate-limit';
import { checkOrigin, clientAddress, clientId, readJson, type Refusal } from './request';
import { MAX_BODY_BYTES, frenchIssue, reportSchema, searchSchema, voteSchema } from './schemas';
import { getFeedbackStore } from './server';
import type { FeedbackStore, WriteResult } from './store';
import { writeClock, type GroupTotals } from './write-timings';

const LIMITER = Symbol.for('portail.feedback.limiter');
const limiter = ((globalThis as Record<symbol, RateLimiter>)[LIMITER] ??= new RateLimiter());
const limits = limitsFromEnv(process.env);
/** All reports of this process together: the last guard against a flood from rotating addresses. */
const ALL_REPORTS: BucketRule = { perMinute: limits.reports.perMinute * 10, burst: limits.reports.burst * 5 };

export const NO_STORE = { 'Cache-Control': 'no-store' };

export function refuse({ status, message, headers }: Refusal): Response {
  return Response.json({ erreur: message }, { status, headers: { ...NO_STORE, ...headers } });
}

/** Rate limit of one request: its browser's id, its address and, for reports, the reports' own buckets. */
export function rateLimit(headers: Headers, kind: 'write' | 'report' | 'login'): Refusal | undefined {
  const address = clientAddress(headers);
  const id = clientId(headers);
  const checks: [string, BucketRule][] =
    kind === 'login'
      ? [[`login:${address}`, limits.login]]
      : [
          [`ip:${address}`, limits.address],
          ...(id ? [[`client:${id}`, limits.client] as [string, BucketRule]] : []),
          ...(kind === 'report'
            ? [
                [`reports:${address}`, limits.reports] as [string, BucketRule],
                ['reports:*', ALL_REPORTS] as [string, BucketRule],
              ]
            : []),
        ];
  const decision = limiter.take(checks, Date.now());
  if (decision.ok) return undefined;
  return {
    status: 429,
    message: `Trop de requêtes : réessayez dans ${decision.retryAfterSeconds} s.`,
    headers: { 'Retry-After': String(decision.retryAfterSeconds) },
  };
}

/** The group commit's totals, for the bench-only timings (write-timings.ts). */
let groupStats: GroupTotals = { statements: 0, writes: 0, ms: 0 };

type Kind = 'vote' | 'report' | 'search';
const WRITES: {
  [K in Kind]: { schema: z.ZodType; write: (store: FeedbackStore, body: never) => Promise<WriteResult> };
} = {
  vote: { schema: voteSchema, write: (store, body) => store.recordVote(body) },
  report: { schema: reportSchema, write: (store, body) => store.recordReport(body) },
  search: { schema: searchSchema, write: (store, body) => store.recordSearch(body) },
};

/** Handles one write of `kind`: see the module's comment for the order of the checks. */
export async function handleWrite(request: Request, kind: Kind): Promise<Response> {
  const clock = writeClock(() => groupStats);
  const origin = checkOrigin(request.headers, process.env.PORTAIL_ORIGINES?.split(',') ?? []);
  if (origin) return refuse(origin);
  const limited = rateLimit(request.headers, kind === 'report' ? 'report' : 'write');
  if (limited) return refuse(limited);
  clock.lap('checks');
  const body = await readJson(request, MAX_BODY_BYTES);
  if (!body.ok) return refuse(body.refusal);
  clock.lap('body');
  const { schema, write } = WRITES[kind];
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return refuse({ status: 422, message: frenchIssue(parsed.error) });
  clock.lap('parse');
  try {
    const store = await getFeedbackStore();
    groupStats = store.groupStats;
    const result = await write(store, parsed.data as never);
    clock.lap('commit');
    clock.done();
    return Response.json({ ok: true, enregistre: result.stored }, { headers: NO_STORE });
  } catch (error) {
    console.error('Écriture impossible :', error);
    return refuse({
      status: 503,
      message: 'Enregistrement impossible pour le moment : la demande sera renvoyée.',
      headers: { 'Retry-After': '2' },
    });
  }
}
