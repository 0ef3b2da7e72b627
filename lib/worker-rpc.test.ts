import { describe, expect, it } from 'vitest';
import { connect, latestOnly, serve, WorkerUnavailable, type Endpoint } from './worker-rpc';

const api = {
  add: (a: number, b: number) => a + b,
  later: async (text: string) => text.toUpperCase(),
  fails: () => {
    throw new Error('refusé');
  },
};
type Api = typeof api;

/** The two ends of a channel: the page's and the worker's. */
function pair() {
  const { port1, port2 } = new MessageChannel();
  serve(api, port2 as unknown as Endpoint);
  return { client: connect<Api>(port1 as unknown as Endpoint), close: () => port1.close() };
}

describe('worker-rpc', () => {
  it('answers each call with its own result, in any order', async () => {
    const { client, close } = pair();
    const [sum, upper] = await Promise.all([client.call('add', 2, 3), client.call('later', 'sense')]);
    expect(sum).toBe(5);
    expect(upper).toBe('SENSE');
    close();
  });

  it('sends a thrown error back as a rejection', async () => {
    const { client, close } = pair();
    await expect(client.call('fails')).rejects.toThrow('refusé');
    expect(await client.call('add', 1, 1)).toBe(2);
    close();
  });

  it('rejects pending and later calls at once when the worker cannot start', async () => {
    const target = new EventTarget();
    const sent: unknown[] = [];
    const endpoint: Endpoint = {
      postMessage: (message) => sent.push(message),
      addEventListener: (type, listener) => target.addEventListener(type, listener),
    };
    const client = connect<Api>(endpoint);
    const pending = client.call('add', 1, 2);
    target.dispatchEvent(new Event('error'));
    await expect(pending).rejects.toBeInstanceOf(WorkerUnavailable);
    await expect(client.call('add', 1, 2)).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(sent).toHaveLength(1);
  });

  it('rejects a call whose arguments cannot be copied, and goes on', async () => {
    const { client, close } = pair();
    await expect(client.call('later', (() => 'x') as unknown as string)).rejects.toThrow();
    expect(await client.call('add', 2, 2)).toBe(4);
    close();
  });
});

describe('latestOnly', () => {
  /** A call whose answer the test releases by hand, in any order. */
  function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
    return { promise, resolve, reject };
  }

  it('a later call wins: an earlier answer that arrives after it resolves undefined', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let i = 0;
    const ask = latestOnly((query: string) =>
      (answers[i++] as ReturnType<typeof deferred<string>>).promise.then((a) => `${query}:${a}`),
    );
    const first = ask('ges');
    const second = ask('gestion');
    answers[1]?.resolve('b');
    answers[0]?.resolve('a');
    expect(await second).toBe('gestion:b');
    expect(await first).toBeUndefined();
  });

  it('an earlier answer that arrives before the later call starts is kept', async () => {
    const ask = latestOnly(async (query: string) => query.toUpperCase());
    expect(await ask('sense')).toBe('SENSE');
    expect(await ask('mdm')).toBe('MDM');
  });

  it('a stale failure is dropped too; the latest failure is thrown', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let i = 0;
    const ask = latestOnly(() => (answers[i++] as ReturnType<typeof deferred<string>>).promise);
    const first = ask();
    const second = ask();
    answers[0]?.reject(new Error('ancienne'));
    answers[1]?.reject(new Error('récente'));
    expect(await first).toBeUndefined();
    await expect(second).rejects.toThrow('récente');
  });
});
