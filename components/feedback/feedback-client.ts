'use client';

/**
 * The browser side of the write queue (lib/feedback/queue.ts): `localStorage`, `fetch`, timers, and whoever
 * waits for a write's outcome. One per page; any island that queues a write also sends what earlier pages
 * left queued. Tabs share the queue; a Web Lock keeps two tabs from sending it at the same moment (the
 * idempotency keys would make that harmless, but not free).
 */
import { enqueue, flushQueue, newKey, readQueue, type Endpoint, type Outcome } from '@/lib/feedback/queue';

const CLIENT_ID_KEY = 'portail-client';
const LOCK_NAME = 'portail-retours';

type Listener = (outcome: Outcome) => void;
const listeners = new Map<string, Set<Listener>>();
let timer: number | undefined;
let flushing = false;
let started = false;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked by the browser's settings: writes are then sent once, without a queue.
    return undefined;
  }
}

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

/** A new idempotency key. */
export function newWriteKey(): string {
  return newKey(randomBytes);
}

/** This browser's random id, for the server's per-client rate limit (not an identity: nothing links it to a person). */
function clientId(): string {
  const store = storage();
  let id = store?.getItem(CLIENT_ID_KEY);
  if (!id) {
    id = newKey(randomBytes);
    store?.setItem(CLIENT_ID_KEY, id);
  }
  return id;
}

function emit(outcome: Outcome) {
  for (const listener of listeners.get(outcome.id) ?? []) listener(outcome);
}

/** Follows the outcomes of one write; returns the unsubscribe function. */
export function onOutcome(id: string, listener: Listener): () => void {
  const set = listeners.get(id) ?? new Set();
  set.add(listener);
  listeners.set(id, set);
  return () => set.delete(listener);
}

/** Whether a write is still waiting in the queue (after a reload, say). */
export function isQueued(id: string): boolean {
  const store = storage();
  return store ? readQueue(store).some((entry) => entry.id === id) : false;
}

async function flushNow() {
  const store = storage();
  if (!store || flushing) return;
  flushing = true;
  try {
    const run = async () => {
      const outcomes = await flushQueue({
        storage: store,
        fetch: (url, init) => fetch(url, init),
        now: Date.now,
        headers: { 'X-Portail-Client': clientId() },
      });
      outcomes.forEach(emit);
    };
    // Another tab sending the queue right now: this one waits for its next turn.
    if (navigator.locks) await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => lock && run());
    else await run();
  } finally {
    flushing = false;
    schedule();
  }
}

/** Plans the next attempt for the earliest waiting write. */
function schedule() {
  const store = storage();
  window.clearTimeout(timer);
  const queue = store ? readQueue(store) : [];
  if (!queue.length) return;
  const next = Math.min(...queue.map((entry) => entry.notBefore));
  timer = window.setTimeout(() => void flushNow(), Math.max(50, next - Date.now()));
}

/** Starts sending the queue (what earlier pages left too), and again when the browser comes back online. */
export function startQueue() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => {
    const store = storage();
    // Back online: every waiting write is due now.
    if (store) for (const entry of readQueue(store)) enqueueAgainNow(store, entry.id);
    void flushNow();
  });
  void flushNow();
}

function enqueueAgainNow(store: Storage, id: string) {
  const entry = readQueue(store).find((item) => item.id === id);
  if (entry) enqueue(store, { id: entry.id, endpoint: entry.endpoint, body: entry.body }, Date.now());
}

/**
 * Queues a write (synchronously in localStorage: a click is never lost, even if the page closes now) and
 * sends it. A write with the id of a queued one replaces it.
 */
export function submit(id: string, endpoint: Endpoint, body: Record<string, unknown>) {
  startQueue();
  const store = storage();
  if (store) {
    enqueue(store, { id, endpoint, body }, Date.now());
    void flushNow();
    return;
  }
  // No storage: one attempt, its outcome told all the same.
  void fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    keepalive: true,
  })
    .then(async (response) =>
      emit(
        response.ok && (await response.json()).ok === true
          ? { id, state: 'enregistre' }
          : { id, state: 'refuse', message: `Refusé par le serveur (${response.status}).` },
      ),
    )
    .catch(() => emit({ id, state: 'refuse', message: 'Serveur injoignable, et ce navigateur ne peut rien garder.' }));
}
