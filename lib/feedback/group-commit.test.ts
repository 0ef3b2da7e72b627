import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { GROUP_SQL, GroupCommit, groupMaxFromEnv, splitRounds, type PendingWrite } from './group-commit';
import { TEST_DATABASES } from './test-databases';

const voteRow = (key: string, value: 'oui' | 'non' | null, seq: number): PendingWrite => ({
  table: 'votes',
  key,
  row: [key, '/codes/sense#evt-15', 'code', value, seq, null, null],
});

/** The keys a statement carries: a group's arrays (votes, reports, searches) or a lone write's key. */
const keysOf = (sql: string, params: readonly unknown[]) =>
  sql === GROUP_SQL ? [params[0], params[7], params[13]].flat().map(String) : [String(params[0])];

describe('splitRounds', () => {
  it('puts each key once per round, its writes in the order they came', () => {
    const writes = [
      { table: 'votes', key: 'a', n: 1 },
      { table: 'votes', key: 'b', n: 2 },
      { table: 'votes', key: 'a', n: 3 },
      { table: 'searches', key: 'a', n: 4 },
      { table: 'votes', key: 'a', n: 5 },
    ] as const;
    expect(splitRounds(writes).map((round) => round.map((write) => write.n))).toEqual([[1, 2, 4], [3], [5]]);
  });
});

describe('GroupCommit with a counting database', () => {
  it('sends a lone write in the turn it came, and the writes that came meanwhile together in the next statement', async () => {
    const calls: number[] = [];
    let release: () => void = () => {};
    const db: Pick<Db, 'query'> = {
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        const keys = keysOf(sql, params);
        calls.push(keys.length);
        if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return keys.map((key) => ({ t: 'votes', key })) as T[];
      },
    };
    const group = new GroupCommit(db);
    const first = group.submit(voteRow(randomUUID(), 'oui', 1));
    await new Promise((resolve) => setImmediate(resolve));
    const rest = Array.from({ length: 5 }, () => group.submit(voteRow(randomUUID(), 'non', 1)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([1]);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([true, true, true, true, true, true]);
    expect(calls).toEqual([1, 5]);
  });

  it('takes the writes of one turn of the event loop in one statement (a burst of requests is one group)', async () => {
    const calls: number[] = [];
    const db: Pick<Db, 'query'> = {
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        const keys = keysOf(sql, params);
        calls.push(keys.length);
        return keys.map((key) => ({ t: 'votes', key })) as T[];
      },
    };
    const group = new GroupCommit(db);
    const burst = Array.from({ length: 6 }, () => group.submit(voteRow(randomUUID(), 'oui', 1)));
    expect(await Promise.all(burst)).toEqual([true, true, true, true, true, true]);
    expect(calls).toEqual([6]);
  });

  it('answers none of a group before its statement returns, and tries each write alone when it fails', async () => {
    const bad = randomUUID();
    const db: Pick<Db, 'query'> = {
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        const keys = keysOf(sql, params);
        if (keys.includes(bad)) throw new Error('ligne refusée');
        return keys.map((key) => ({ t: 'votes', key })) as T[];
      },
    };
    const group = new GroupCommit(db);
    const good = randomUUID();
    const results = await Promise.allSettled([
      group.submit(voteRow(good, 'oui', 1)),
      group.submit(voteRow(randomUUID(), 'oui', 1)),
      group.submit(voteRow(bad, 'oui', 1)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
  });
});

for (const database of TEST_DATABASES) {
  describe(`GroupCommit on ${database.name}`, () => {
    let db: Awaited<ReturnType<typeof database.open>>;
    beforeAll(async () => {
      db = await database.open();
    }, 60_000);
    afterAll(async () => db?.dispose());

    it('commits many writes in few statements, each once, a key’s later write winning', async () => {
      const group = new GroupCommit(db, { lanes: 2 });
      const keys = Array.from({ length: 300 }, () => randomUUID());
      const answers = await Promise.all([
        ...keys.map((key) => group.submit(voteRow(key, 'oui', 1))),
        // The same keys again: an undo (seq 2) and a late retry of the vote (seq 1) that must not win.
        ...keys.slice(0, 50).map((key) => group.submit(voteRow(key, null, 2))),
        ...keys.slice(0, 50).map((key) => group.submit(voteRow(key, 'oui', 1))),
      ]);
      // With two lanes a first vote may land after its undo (then it changes nothing): the undo always wins.
      expect(answers.slice(50, 300).every(Boolean)).toBe(true);
      expect(answers.slice(300, 350).every(Boolean)).toBe(true);
      expect(answers.slice(350).some(Boolean)).toBe(false);
      expect(group.stats.statements).toBeLessThan(group.stats.writes / 10);
      const rows = await db.query<{ value: string | null; n: string }>(
        'SELECT value, count(*) AS n FROM feedback_votes WHERE key = ANY($1::uuid[]) GROUP BY value ORDER BY value',
        [keys],
      );
      expect(rows.map((row) => [row.value, Number(row.n)])).toEqual([
        ['oui', 250],
        [null, 50],
      ]);
    });
  });
}

describe('groupMaxFromEnv', () => {
  it('reads PORTAIL_GROUPE_MAX (1 turns group commit off), else 500', () => {
    expect(groupMaxFromEnv({ PORTAIL_GROUPE_MAX: '1' })).toBe(1);
    expect(groupMaxFromEnv({ PORTAIL_GROUPE_MAX: '0' })).toBe(500);
    expect(groupMaxFromEnv({ PORTAIL_GROUPE_MAX: 'beaucoup' })).toBe(500);
    expect(groupMaxFromEnv({})).toBe(500);
  });
});
