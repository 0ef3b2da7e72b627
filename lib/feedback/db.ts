/**
 * The two PostgreSQL stores behind one small interface: PGlite (PostgreSQL in WebAssembly, data in a folder,
 * the default: `npm start` needs nothing else) and a PostgreSQL server through node-postgres when
 * `DATABASE_URL` is set (several `next start` replicas then share one database). Both speak the same SQL, so
 * the store (store.ts) and the migrations are written once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import { MIGRATION_LOCK, MIGRATIONS } from './migrations';

export type Row = Record<string, unknown>;

/** A statement run often with the same text: a server prepares it once per connection under this name. */
export type QueryOptions = { name?: string };

/** What the store needs of a database: parameterized queries, and a transaction for the migrations. */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  query<T extends Row = Row>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<T[]>;
  transaction<T>(run: (tx: Pick<Db, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One PGlite per data folder, ever: a second process on the same folder would corrupt it. A lock file names
 * the process that holds the folder; a lock left by a process that no longer runs (killed) is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const lock = path.join(dataDir, 'portail.lock');
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lock, 'utf8'));
      if (holder && holder !== process.pid && isRunning(holder))
        throw new Error(
          `La base embarquée ${dataDir} est déjà ouverte par le processus ${holder} : une seule instance par dossier (définissez DATABASE_URL pour plusieurs serveurs).`,
        );
      fs.rmSync(lock, { force: true });
    }
  }
  throw new Error(`Verrou impossible sur ${lock}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite on `dataDir` (created if needed), or in memory when `dataDir` is undefined (unit tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  const unlock = dataDir ? lockFolder(dataDir) : () => {};
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg: PGlite = await PGlite.create(dataDir);
    return {
      kind: 'pglite',
      query: (sql, params) => pgliteQuery(pg, sql, params),
      transaction: (run) => pg.transaction((tx) => run({ query: (sql, params) => pgliteQuery(tx, sql, params) })),
      async close() {
        await pg.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

type PgliteRunner = Pick<PGlite, 'query' | 'exec'>;

/** PGlite's `query` is one statement (extended protocol); a script without parameters goes through `exec`. */
async function pgliteQuery<T extends Row>(pg: PgliteRunner, sql: string, params: readonly unknown[] = []) {
  if (params.length) return (await pg.query<T>(sql, [...params])).rows;
  const results = await pg.exec(sql);
  return (results.at(-1)?.rows ?? []) as T[];
}

/** A PostgreSQL server: a small pool per process (replicas share the server, not the pool). */
export async function openPostgres(connectionString: string, max = 10): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  // An idle client's error (the server restarted) must not crash the process: the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query<T extends Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      return (await pool.query<T>({ text: sql, values: [...params], name: options.name })).rows;
    },
    async transaction(run) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await run({
          query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Applies the migrations not yet applied, in one transaction under an advisory lock, so that replicas that
 * start together apply each migration once. Returns the ids it applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS portail_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ id: string }>('SELECT id FROM portail_migrations')).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      // A multi-statement script: one query without parameters (simple protocol) on both drivers.
      await tx.query(migration.sql);
      await tx.query('INSERT INTO portail_migrations (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}
