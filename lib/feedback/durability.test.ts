import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openPglite, openPostgres } from './db';

/**
 * Every write the store acknowledged survives a kill -9 of its process: a child writes through the group
 * commit (test-support/feedback-writer.ts) and prints each acknowledged key; it is killed mid-flight, then
 * every printed key must be in the database.
 */
async function acknowledgedThenKilled(env: Record<string, string>, args: string[], wanted = 400): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test-support/feedback-writer.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const keys: string[] = [];
  let rest = '';
  await new Promise<void>((resolve, reject) => {
    child.on('exit', () => reject(new Error('le processus d’écriture s’est arrêté avant d’être tué')));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (/^[0-9a-f-]{36}$/.test(line)) keys.push(line);
      if (keys.length >= wanted) resolve();
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return keys;
}

const missing = (acknowledged: string[], stored: { key: string }[]) => {
  const there = new Set(stored.map((row) => row.key));
  return acknowledged.filter((key) => !there.has(key));
};

describe('acknowledged writes survive kill -9', () => {
  it('on PGlite', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-kill-'));
    try {
      const acknowledged = await acknowledgedThenKilled({}, [dir]);
      const db = await openPglite(dir);
      await migrate(db);
      const stored = await db.query<{ key: string }>('SELECT key::text AS key FROM feedback_votes');
      await db.close();
      expect(acknowledged.length).toBeGreaterThanOrEqual(400);
      expect(missing(acknowledged, stored)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!process.env.PORTAIL_TEST_DATABASE_URL)(
    'on a PostgreSQL server',
    async () => {
      const admin = await openPostgres(process.env.PORTAIL_TEST_DATABASE_URL!, 1);
      const name = `portail_kill_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(process.env.PORTAIL_TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      try {
        const acknowledged = await acknowledgedThenKilled({ DATABASE_URL: url.toString() }, []);
        const db = await openPostgres(url.toString(), 1);
        const stored = await db.query<{ key: string }>('SELECT key::text AS key FROM feedback_votes');
        await db.close();
        expect(missing(acknowledged, stored)).toEqual([]);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.close();
      }
    },
    120_000,
  );
});
