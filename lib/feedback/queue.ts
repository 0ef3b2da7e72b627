/**
 * The browser's write queue: every click is written to `localStorage` before anything is sent, then sent
 * with its idempotency key until the server acknowledges it (offline, server restarting, rate limited: it
 * waits and retries). The same key is sent again on each retry, so the server stores it once. A write that
 * changes before it is sent (« Oui » then « Annuler ») replaces the queued one: only the last state travels
 * (an undo is itself a write, `value: null`, so an answer already stored is withdrawn too).
 * Pure logic over an injected storage, fetch and clock (the client island wires the browser's).
 */

export const QUEUE_STORAGE_KEY = 'portail-retours-file';
/** Longest wait between two attempts. */
export const MAX_BACKOFF_MS = 60_000;

export type Endpoint = '/api/avis' | '/api/signalements' | '/api/recherches';

export type QueuedWrite = {
  /** One entry per idempotency key (and endpoint). */
  id: string;
  endpoint: Endpoint;
  body: Record<string, unknown>;
  /** Grows on each replacement: an acknowledgement of an older version does not remove a newer one. */
  version: number;
  attempts: number;
  /** Not before this time (ms). */
  notBefore: number;
  /** Why it is still waiting, after a failed attempt. */
  waiting?: WaitReason;
};

export type WaitReason = 'hors-ligne' | 'serveur' | 'limite';

export type Outcome =
  | { id: string; state: 'enregistre' }
  | { id: string; state: 'refuse'; message: string }
  | { id: string; state: 'en-attente'; reason: WaitReason; retryAt: number };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;
export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'headers' | 'json'>>;

export function readQueue(storage: StorageLike): QueuedWrite[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(QUEUE_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as QueuedWrite[]).filter((entry) => entry && typeof entry.id === 'string')
      : [];
  } catch {
    return [];
  }
}

function writeQueue(storage: StorageLike, queue: readonly QueuedWrite[]) {
  storage.setItem(QUEUE_STORAGE_KEY, JSON.stringify(queue));
}

/** Queues a write (or replaces the queued one with the same id), synchronously, before any request. */
export function enqueue(
  storage: StorageLike,
  write: { id: string; endpoint: Endpoint; body: Record<string, unknown> },
  now: number,
): QueuedWrite {
  const queue = readQueue(storage);
  const existing = queue.find((entry) => entry.id === write.id);
  const entry: QueuedWrite = {
    ...write,
    version: (existing?.version ?? 0) + 1,
    attempts: 0,
    notBefore: now,
  };
  writeQueue(storage, existing ? queue.map((item) => (item.id === write.id ? entry : item)) : [...queue, entry]);
  return entry;
}

/** Exponential backoff with a little jitter: 1 s, 2 s, 4 s… up to a minute. */
export function backoff(attempts: number, random: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/**
 * Sends every due write, oldest first, and returns what became of each one sent. Acknowledged (2xx) and
 * refused (a 4xx that a retry cannot fix) writes leave the queue; the others wait. After a network failure
 * the rest waits too: the server is not there for them either.
 */
export async function flushQueue(deps: {
  storage: StorageLike;
  fetch: FetchLike;
  now: () => number;
  random?: () => number;
  headers?: Record<string, string>;
}): Promise<Outcome[]> {
  const { storage, now } = deps;
  const random = deps.random ?? Math.random;
  const outcomes: Outcome[] = [];
  for (const entry of readQueue(storage)) {
    if (entry.notBefore > now()) continue;
    let outcome: Outcome;
    try {
      const response = await deps.fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...deps.headers },
        body: JSON.stringify(entry.body),
        keepalive: true,
      });
      outcome = await outcomeOf(entry, response, now(), random());
    } catch {
      outcome = waitFor(entry, 'hors-ligne', now() + backoff(entry.attempts + 1, random()));
    }
    settle(storage, entry, outcome);
    outcomes.push(outcome);
    if (outcome.state === 'en-attente' && outcome.reason === 'hors-ligne') break;
  }
  return outcomes;
}

/** A status that a later attempt may change: the server restarting, a proxy without its API, a rate limit. */
const RETRYABLE = new Set([404, 408, 425, 429, 500, 502, 503, 504]);

async function outcomeOf(
  entry: QueuedWrite,
  response: Pick<Response, 'status' | 'headers' | 'json'>,
  now: number,
  random: number,
): Promise<Outcome> {
  if (response.status >= 200 && response.status < 300) {
    // Anything but the API's own acknowledgement (a proxy's page, a captive portal) is not one.
    const body = (await response.json().catch(() => undefined)) as { ok?: unknown } | undefined;
    if (body?.ok === true) return { id: entry.id, state: 'enregistre' };
    return waitFor(entry, 'serveur', now + backoff(entry.attempts + 1, random));
  }
  if (RETRYABLE.has(response.status)) {
    const retryAfter = Number(response.headers.get('retry-after'));
    const wait =
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff(entry.attempts + 1, random);
    return waitFor(entry, response.status === 429 ? 'limite' : 'serveur', now + wait);
  }
  const body = (await response.json().catch(() => undefined)) as { erreur?: unknown } | undefined;
  const message = typeof body?.erreur === 'string' ? body.erreur : `Refusé par le serveur (${response.status}).`;
  return { id: entry.id, state: 'refuse', message };
}

function waitFor(entry: QueuedWrite, reason: WaitReason, retryAt: number): Outcome {
  return { id: entry.id, state: 'en-attente', reason, retryAt };
}

/** Applies an outcome to the stored queue, unless the entry was replaced meanwhile (a newer version waits). */
function settle(storage: StorageLike, sent: QueuedWrite, outcome: Outcome) {
  const queue = readQueue(storage);
  const current = queue.find((entry) => entry.id === sent.id);
  if (!current || current.version !== sent.version) return;
  if (outcome.state !== 'en-attente') {
    writeQueue(
      storage,
      queue.filter((entry) => entry.id !== sent.id),
    );
    return;
  }
  writeQueue(
    storage,
    queue.map((entry) =>
      entry.id === sent.id
        ? { ...entry, attempts: entry.attempts + 1, notBefore: outcome.retryAt, waiting: outcome.reason }
        : entry,
    ),
  );
}

/** A random UUID v4 from `getRandomValues`, which, unlike `randomUUID`, plain-http intranet pages have too. */
export function newKey(getRandomValues: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
