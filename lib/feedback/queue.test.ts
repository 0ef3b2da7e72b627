import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backoff, enqueue, flushQueue, newKey, readQueue, type FetchLike } from './queue';
import { voteSchema } from './schemas';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => map.set(key, value),
  };
}

/** A server that answers from a list of statuses (or throws for `'reseau'`), recording what it received. */
function server(answers: (number | 'reseau' | 'html')[]) {
  const received: Record<string, unknown>[] = [];
  const fetch: FetchLike = async (_url, init) => {
    const answer = answers.shift() ?? 200;
    if (answer === 'reseau') throw new TypeError('Failed to fetch');
    received.push(JSON.parse(String(init.body)));
    const status = answer === 'html' ? 200 : answer;
    return {
      status,
      headers: new Headers(status === 429 ? { 'retry-after': '7' } : {}),
      json: async () => {
        if (answer === 'html') throw new SyntaxError('Unexpected token <');
        return status < 300 ? { ok: true } : { erreur: 'Champ « text » : type invalide.' };
      },
    };
  };
  return { fetch, received };
}

const vote = (key: string, value: 'oui' | 'non' | null, seq: number) => ({
  id: key,
  endpoint: '/api/avis' as const,
  body: { key, target: '/articles/a#b', origin: 'article', value, seq },
});

describe('the write queue', () => {
  it('keeps a write until it is acknowledged, then removes it', async () => {
    const storage = memoryStorage();
    enqueue(storage, vote('k1', 'oui', 1), 0);
    const { fetch, received } = server(['reseau', 503, 200]);
    let now = 0;
    const deps = { storage, fetch, now: () => now, random: () => 0.5 };

    expect(await flushQueue(deps)).toMatchObject([{ state: 'en-attente', reason: 'hors-ligne' }]);
    expect(readQueue(storage)).toHaveLength(1);
    // Not due yet: nothing is sent.
    expect(await flushQueue(deps)).toEqual([]);
    now = 1_000;
    expect(await flushQueue(deps)).toMatchObject([{ state: 'en-attente', reason: 'serveur' }]);
    now = 10_000;
    expect(await flushQueue(deps)).toEqual([{ id: 'k1', state: 'enregistre' }]);
    expect(readQueue(storage)).toEqual([]);
    // The same key every time: the server stores it once.
    expect(received.map((body) => body.key)).toEqual(['k1', 'k1']);
  });

  it('a change before sending replaces the queued write: only the last state travels', async () => {
    const storage = memoryStorage();
    enqueue(storage, vote('k1', 'oui', 1), 0);
    enqueue(storage, vote('k1', 'non', 2), 0);
    enqueue(storage, vote('k1', null, 3), 0);
    expect(readQueue(storage).map((entry) => entry.body.value)).toEqual([null]);
    const { fetch, received } = server([200]);
    await flushQueue({ storage, fetch, now: () => 0 });
    expect(received).toEqual([vote('k1', null, 3).body]);
  });

  it('an acknowledgement of an older version leaves the newer one queued', async () => {
    const storage = memoryStorage();
    enqueue(storage, vote('k1', 'oui', 1), 0);
    const fetch: FetchLike = async () => {
      // The agent clicks « Annuler » while « Oui » is on its way.
      enqueue(storage, vote('k1', null, 2), 0);
      return { status: 200, headers: new Headers(), json: async () => ({ ok: true }) };
    };
    await flushQueue({ storage, fetch, now: () => 0 });
    expect(readQueue(storage).map((entry) => entry.body.value)).toEqual([null]);
  });

  it('drops a write the server refuses for good, and says why; waits on a rate limit as told', async () => {
    const storage = memoryStorage();
    enqueue(storage, vote('k1', 'oui', 1), 0);
    enqueue(storage, vote('k2', 'oui', 1), 0);
    const { fetch } = server([422, 429]);
    const outcomes = await flushQueue({ storage, fetch, now: () => 0 });
    expect(outcomes).toEqual([
      { id: 'k1', state: 'refuse', message: 'Champ « text » : type invalide.' },
      { id: 'k2', state: 'en-attente', reason: 'limite', retryAt: 7_000 },
    ]);
    expect(readQueue(storage).map((entry) => entry.id)).toEqual(['k2']);
  });

  it('a 200 that is not the API’s acknowledgement (a proxy page) is not one', async () => {
    const storage = memoryStorage();
    enqueue(storage, vote('k1', 'oui', 1), 0);
    const { fetch } = server(['html']);
    expect(await flushQueue({ storage, fetch, now: () => 0 })).toMatchObject([{ state: 'en-attente' }]);
    expect(readQueue(storage)).toHaveLength(1);
  });

  it('survives a corrupted storage', () => {
    const storage = memoryStorage();
    storage.setItem('portail-retours-file', '{pas du json');
    expect(readQueue(storage)).toEqual([]);
  });
});

describe('backoff and keys', () => {
  it('doubles up to a minute', () => {
    expect([1, 2, 3, 10].map((attempt) => backoff(attempt, 0.5))).toEqual([1000, 2000, 4000, 60_000]);
  });

  it('makes UUIDs v4 the API accepts', () => {
    const key = newKey((bytes) => webcrypto.getRandomValues(bytes));
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(
      voteSchema.safeParse({ key, target: '/codes/sense#evt-15', origin: 'code', value: 'oui', seq: 1 }).success,
    ).toBe(true);
  });
});
