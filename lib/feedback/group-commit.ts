/**
 * Group commit of the API's writes. Each write used to be its own statement and its own commit: on a
 * PostgreSQL server one WAL flush (fsync, ~5 ms on the project machines) per click, and on PGlite ~1.5 ms of
 * CPU per autocommit insert. Here the writes that arrive while a commit is running wait for the next one, and
 * that next commit carries them all: one statement (data-modifying CTEs, one per table, rows passed as
 * arrays), so one round trip and one commit for the whole group. A write is answered only when the
 * statement that carries it has committed (an autocommit statement is its own transaction), so an
 * acknowledged write survives a kill -9 exactly as before. A lone write is sent at the end of the event
 * loop's turn that brought it: no timer, no added latency when the portal is quiet.
 *
 * Two writes with the same key (a vote and its undo, a search and its opened result) never share a
 * statement (PostgreSQL refuses to touch one row twice in one INSERT … ON CONFLICT): they go in successive
 * rounds, in the order they came. When a group fails, each of its writes is tried alone, so that one bad
 * row never takes its neighbours down; a database that is down fails each (the API answers 503, the browser
 * keeps the write).
 */
import type { Db } from './db';

export type Table = 'votes' | 'reports' | 'searches';

/** One write, its columns in the order of COLUMNS[table]; `at` (last) is null for the server's time. */
export type PendingWrite = { table: Table; key: string; row: readonly unknown[] };

/** Each table's columns and their SQL types, in the order of a PendingWrite's row. */
export const COLUMNS: Readonly<Record<Table, readonly (readonly [string, string])[]>> = {
  votes: [
    ['key', 'uuid'],
    ['target', 'text'],
    ['origin', 'text'],
    ['value', 'text'],
    ['seq', 'int'],
    ['signal', 'text'],
    ['at', 'timestamptz'],
  ],
  reports: [
    ['key', 'uuid'],
    ['target', 'text'],
    ['origin', 'text'],
    ['kind', 'text'],
    ['body', 'text'],
    ['at', 'timestamptz'],
  ],
  searches: [
    ['key', 'uuid'],
    ['query', 'text'],
    ['context', 'text'],
    ['result_count', 'int'],
    ['top_tier', 'text'],
    ['top_score', 'float8'],
    ['opened_rank', 'int'],
    ['opened_target', 'text'],
    ['at', 'timestamptz'],
  ],
};

const TABLES: readonly Table[] = ['votes', 'reports', 'searches'];

/** What each table's INSERT does with its rows (`i` is the unnest of that table's arrays). */
const INSERTS: Readonly<Record<Table, string>> = {
  votes: `INSERT INTO feedback_votes (key, target, origin, value, seq, signal, created_at, updated_at)
    SELECT key, target, origin, value, seq, signal, coalesce(at, now()), coalesce(at, now()) FROM i
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, seq = EXCLUDED.seq, updated_at = now()
    WHERE feedback_votes.seq < EXCLUDED.seq
    RETURNING key`,
  reports: `INSERT INTO feedback_reports (key, target, origin, kind, body, created_at)
    SELECT key, target, origin, kind, body, coalesce(at, now()) FROM i
    ON CONFLICT (key) DO NOTHING
    RETURNING key`,
  searches: `INSERT INTO search_logs (key, query, context, result_count, top_tier, top_score, opened_rank, opened_target, created_at)
    SELECT key, query, context, result_count, top_tier, top_score, opened_rank, opened_target, coalesce(at, now()) FROM i
    ON CONFLICT (key) DO UPDATE SET
      opened_rank = coalesce(search_logs.opened_rank, EXCLUDED.opened_rank),
      opened_target = coalesce(search_logs.opened_target, EXCLUDED.opened_target)
    WHERE search_logs.opened_rank IS NULL AND EXCLUDED.opened_rank IS NOT NULL
    RETURNING key`,
};

/**
 * The one statement of a round: every table's rows as arrays, one CTE per table, the keys that changed a
 * row tagged with their table. Always the same text (empty arrays insert nothing), so a server prepares it
 * once per connection.
 */
export const GROUP_SQL = (() => {
  let n = 0;
  const ctes = TABLES.map((table) => {
    const columns = COLUMNS[table];
    const arrays = columns.map(([, type]) => `$${++n}::${type}[]`).join(', ');
    const names = columns.map(([name]) => name).join(', ');
    const insert = INSERTS[table].replace(/\bFROM i\b/, `FROM unnest(${arrays}) AS i(${names})`);
    return `${table} AS (${insert})`;
  });
  const select = TABLES.map((table) => `SELECT '${table}' AS t, key::text AS key FROM ${table}`).join(' UNION ALL ');
  return `WITH ${ctes.join(',\n')}\n${select}`;
})();

/**
 * A lone write's statement (each table's INSERT on one row of parameters): cheaper than GROUP_SQL when the
 * portal is quiet (PGlite runs the three-CTE statement in ~3 ms of CPU, this one in ~1.3 ms). With
 * `PORTAIL_GROUPE_MAX=1` every write is one statement and one commit, as before group commit (the bench's
 * « avant »).
 */
export const SINGLE_SQL: Readonly<Record<Table, string>> = Object.fromEntries(
  TABLES.map((table) => {
    const columns = COLUMNS[table];
    const values = columns.map(([name, type], i) => `$${i + 1}::${type} AS ${name}`).join(', ');
    const insert = INSERTS[table]
      .replace(/\bFROM i\b/, `FROM (SELECT ${values}) AS i`)
      .replace(/RETURNING key$/, `RETURNING '${table}' AS t, key::text AS key`);
    return [table, insert];
  }),
) as Record<Table, string>;

/** The parameters of GROUP_SQL for one round: per table, one array per column. */
export function groupParams(round: readonly PendingWrite[]): unknown[][] {
  return TABLES.flatMap((table) => {
    const rows = round.filter((write) => write.table === table).map((write) => write.row);
    return COLUMNS[table].map((_, column) => rows.map((row) => row[column] ?? null));
  });
}

/** Splits writes into rounds where each (table, key) appears once, keeping each key's writes in order. */
export function splitRounds<T extends Pick<PendingWrite, 'table' | 'key'>>(writes: readonly T[]): T[][] {
  const rounds: T[][] = [];
  const roundOf = new Map<string, number>();
  for (const write of writes) {
    const id = `${write.table}:${write.key}`;
    const index = (roundOf.get(id) ?? -1) + 1;
    roundOf.set(id, index);
    (rounds[index] ??= []).push(write);
  }
  return rounds;
}

/** Runs one round: whether each write changed a row (a retry of a done write changes none). */
export async function commitRound(db: Pick<Db, 'query'>, round: readonly PendingWrite[]): Promise<boolean[]> {
  const lone = round.length === 1 ? round[0] : undefined;
  const rows = lone
    ? await db.query<{ t: string; key: string }>(SINGLE_SQL[lone.table], [...lone.row], {
        name: `portail_${lone.table}`,
      })
    : await db.query<{ t: string; key: string }>(GROUP_SQL, groupParams(round), { name: 'portail_group' });
  const changed = new Set(rows.map((row) => `${row.t}:${row.key.toLowerCase()}`));
  return round.map((write) => changed.has(`${write.table}:${write.key.toLowerCase()}`));
}

/** Most writes in one statement: `PORTAIL_GROUPE_MAX` (default 500; 1 turns group commit off). */
export function groupMaxFromEnv(env: Record<string, string | undefined>): number {
  const value = Number(env.PORTAIL_GROUPE_MAX);
  return Number.isInteger(value) && value >= 1 ? value : 500;
}

type Waiting = PendingWrite & { resolve: (stored: boolean) => void; reject: (error: unknown) => void };

/**
 * The group-commit queue of one process. `maxGroup` bounds a statement's rows; `lanes` is how many
 * statements may be in flight at once (1 for PGlite, which runs one query at a time anyway; a few on a
 * server, so that one lane's round trip overlaps another's flush).
 */
export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private scheduled = false;
  /** Statements committed, the writes they carried and their wall time in ms, for the benchmark's report. */
  readonly stats = { statements: 0, writes: 0, ms: 0 };

  constructor(
    private readonly db: Pick<Db, 'query'>,
    private readonly options: { maxGroup?: number; lanes?: number } = {},
  ) {}

  /** Resolves with whether the write changed a row, once the statement carrying it has committed. */
  submit(write: PendingWrite): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.push({ ...write, resolve, reject });
      this.schedule();
    });
  }

  /**
   * A free lane takes the waiting writes at the end of this turn of the event loop (setImmediate: no timer,
   * well under a millisecond), not at once: every request whose bytes arrived in the same turn reaches its
   * submit() first and rides in the same statement. Taken at once, the first write of a burst went alone,
   * and on PGlite, whose statement runs on this thread and holds the event loop, the next ones then arrived
   * one or two at a time: groups of ~1 and PGlite's per-statement cost paid per write (bench:feedback).
   */
  private schedule(): void {
    if (this.scheduled || this.running >= (this.options.lanes ?? 1)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.waiting.length) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running++;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, this.options.maxGroup ?? 500);
        await this.commitGroup(group);
        // The requests that came while this statement ran are read in this turn: let them join the next one.
        if (this.waiting.length) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running--;
    }
    if (this.waiting.length) this.schedule();
  }

  private async commitGroup(group: Waiting[]): Promise<void> {
    for (const round of splitRounds(group)) {
      try {
        const started = performance.now();
        const changed = await commitRound(this.db, round);
        this.stats.ms += performance.now() - started;
        this.stats.statements++;
        this.stats.writes += round.length;
        round.forEach((write, i) => write.resolve(changed[i] ?? false));
      } catch (error) {
        if (round.length === 1) {
          round[0]?.reject(error);
          continue;
        }
        // One bad row must not fail the others: each alone, in order.
        for (const write of round) {
          try {
            const [changed] = await commitRound(this.db, [write]);
            this.stats.statements++;
            this.stats.writes++;
            write.resolve(changed ?? false);
          } catch (alone) {
            write.reject(alone);
          }
        }
      }
    }
  }
}
