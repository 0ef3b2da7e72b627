/**
 * The feedback store of this server process, opened once: a PostgreSQL server when `DATABASE_URL` is set,
 * else PGlite in `PORTAIL_DATA_DIR` (default `.data/pglite`, created on first use). The migrations run on
 * open; retention runs then and every hour. Held on `globalThis`, so that every route of the process shares
 * one PGlite (one instance per data folder).
 */
import 'server-only';
import path from 'node:path';
import { migrate, openPglite, openPostgres, type Db } from './db';
import { groupMaxFromEnv } from './group-commit';
import { PURGE_INTERVAL_MS, retentionCutoff, retentionDays } from './retention';
import { feedbackStore, type FeedbackStore } from './store';

const HOLDER = Symbol.for('portail.feedback');
type Holder = { store?: Promise<FeedbackStore>; timer?: NodeJS.Timeout };
const holder = ((globalThis as Record<symbol, Holder>)[HOLDER] ??= {});

/** Where PGlite keeps its data when no DATABASE_URL is set. */
export function dataDir(env = process.env): string {
  return env.PORTAIL_DATA_DIR ? path.resolve(env.PORTAIL_DATA_DIR) : path.join(process.cwd(), '.data', 'pglite');
}

async function open(): Promise<FeedbackStore> {
  const url = process.env.DATABASE_URL;
  const db: Db = url ? await openPostgres(url) : await openPglite(dataDir());
  await migrate(db);
  const store = feedbackStore(db, { maxGroup: groupMaxFromEnv(process.env) });
  const purge = () =>
    store
      .purge(retentionCutoff(new Date(), retentionDays(process.env)))
      .catch((error: unknown) => console.error('Rétention : purge impossible.', error));
  await purge();
  holder.timer = setInterval(purge, PURGE_INTERVAL_MS);
  holder.timer.unref();
  if (db.kind === 'pglite') {
    // PGlite holds its folder's lock: release it when the server stops normally (a kill -9 leaves it, and the
    // next start takes it over: the process named in it is gone).
    const close = () => void db.close().finally(() => process.exit(0));
    process.once('SIGTERM', close);
    process.once('SIGINT', close);
  }
  return store;
}

/** The store, opened on first use; a failed open is retried by the next call. */
export function getFeedbackStore(): Promise<FeedbackStore> {
  holder.store ??= open().catch((error: unknown) => {
    holder.store = undefined;
    throw error;
  });
  return holder.store;
}
