/**
 * The stores every feedback test runs against: PGlite in memory always, and a PostgreSQL server when
 * `PORTAIL_TEST_DATABASE_URL` is set (npm test starts one: scripts/with-postgres.mjs), each test file on a
 * database of its own. Under CI a missing server fails the run instead of skipping half the tests.
 */
import { randomUUID } from 'node:crypto';
import { migrate, openPglite, openPostgres, type Db } from './db';

export type TestDatabase = { name: 'pglite' | 'postgres'; open: () => Promise<Db & { dispose: () => Promise<void> }> };

const serverUrl = process.env.PORTAIL_TEST_DATABASE_URL;
if (!serverUrl && process.env.CI)
  throw new Error('PORTAIL_TEST_DATABASE_URL absent : lancez les tests par npm test (scripts/with-postgres.mjs).');

export const TEST_DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    open: async () => {
      const db = await openPglite();
      await migrate(db);
      return Object.assign(db, { dispose: () => db.close() });
    },
  },
  ...(serverUrl
    ? [
        {
          name: 'postgres' as const,
          open: async () => {
            const admin = await openPostgres(serverUrl, 1);
            const name = `portail_test_${randomUUID().replace(/-/g, '')}`;
            await admin.query(`CREATE DATABASE ${name}`);
            const url = new URL(serverUrl);
            url.pathname = `/${name}`;
            const db = await openPostgres(url.toString());
            await migrate(db);
            return Object.assign(db, {
              dispose: async () => {
                await db.close();
                await admin.query(`DROP DATABASE ${name}`);
                await admin.close();
              },
            });
          },
        },
      ]
    : []),
];
