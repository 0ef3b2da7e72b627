import { describe, expect, it } from 'vitest';
import { connect, serve, WorkerUnavailable, type Endpoint } from './worker-rpc';

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
