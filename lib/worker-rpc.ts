/**
 * Calls from the page to a Web Worker, typed by the worker's own API object: the worker `serve`s an object
 * of functions, the page `connect`s and calls them by name, and gets a promise of what they return. Small on
 * purpose (no proxies, no callbacks): arguments and results are plain data, copied by structured clone.
 *
 * A worker that cannot start (its script refused or missing) fires `error` on the page side and answers
 * nothing: every pending call is then rejected with `WorkerUnavailable`, and so is every later one, so that
 * the caller can fall back on its own work at once instead of waiting forever.
 */

/** What the page side of a worker and the worker's own scope have in common (a `MessagePort` too). */
export type Endpoint = {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  start?: () => void;
};

/** The functions a worker offers: plain data in, plain data (or a promise of it) out. */
export type WorkerApi = Record<string, (...args: never[]) => unknown>;

type Request = { id: number; method: string; args: unknown[] };
type Reply = { id: number; value: unknown } | { id: number; error: string };

/** The worker is gone or never started: nothing it was asked will be answered. */
export class WorkerUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkerUnavailable';
  }
}

/** In the worker: answers the page's calls with `api`'s functions; a throw is sent back as an error. */
export function serve(api: WorkerApi, endpoint: Endpoint): void {
  endpoint.addEventListener('message', (event) => {
    const { id, method, args } = (event as MessageEvent<Request>).data;
    const reply = (message: Reply) => endpoint.postMessage(message);
    const fn = api[method] as ((...args: unknown[]) => unknown) | undefined;
    if (!fn) return reply({ id, error: `Méthode inconnue du worker : ${method}` });
    Promise.resolve()
      .then(() => fn(...args))
      .then(
        (value) => reply({ id, value }),
        (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
  endpoint.start?.();
}

export type WorkerClient<Api extends WorkerApi> = {
  call<M extends keyof Api & string>(method: M, ...args: Parameters<Api[M]>): Promise<Awaited<ReturnType<Api[M]>>>;
};

/** On the page: calls the functions a worker `serve`s. */
export function connect<Api extends WorkerApi>(endpoint: Endpoint): WorkerClient<Api> {
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: WorkerUnavailable | undefined;
  const fail = (reason: string) => {
    broken ??= new WorkerUnavailable(reason);
    for (const { reject } of pending.values()) reject(broken);
    pending.clear();
  };
  endpoint.addEventListener('message', (event) => {
    const reply = (event as MessageEvent<Reply>).data;
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if ('error' in reply) call.reject(new Error(reply.error));
    else call.resolve(reply.value as never);
  });
  // A script that fails to load or to run fires `error`; a reply that cannot be copied, `messageerror`.
  endpoint.addEventListener('error', (event) => fail((event as ErrorEvent).message || 'le worker n’a pas démarré'));
  endpoint.addEventListener('messageerror', () => fail('réponse illisible du worker'));
  endpoint.start?.();
  return {
    call(method, ...args) {
      if (broken) return Promise.reject(broken);
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: never) => void, reject });
        try {
          endpoint.postMessage({ id, method, args } satisfies Request);
        } catch (error) {
          // Arguments that cannot be copied (a function, a DOM node) never leave the page.
          pending.delete(id);
          reject(error as Error);
        }
      });
    },
  };
}

/**
 * Wraps an asynchronous call so that only the latest call's answer counts: an answer (or a failure) that
 * arrives after a later call was made resolves `undefined`, so the caller never shows it over a newer one.
 * Each keystroke asks the worker again; the answers may come back in any order.
 */
export function latestOnly<Args extends unknown[], T>(
  fn: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T | undefined> {
  let latest = 0;
  return async (...args) => {
    const call = ++latest;
    try {
      const value = await fn(...args);
      return call === latest ? value : undefined;
    } catch (error) {
      if (call === latest) throw error;
      return undefined;
    }
  };
}
