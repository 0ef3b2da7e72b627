/**
 * A child process for lib/feedback/durability.test.ts: opens the feedback store (PGlite on the folder given as
 * argument, or the server of DATABASE_URL), writes votes from 16 concurrent callers through the group commit,
 * and prints each key on stdout once its write is acknowledged, until it is killed.
 */
import { randomUUID } from 'node:crypto';
import { migrate, openPglite, openPostgres } from '../lib/feedback/db';
import { feedbackStore } from '../lib/feedback/store';

const url = process.env.DATABASE_URL;
const db = url ? await openPostgres(url) : await openPglite(process.argv[2]);
await migrate(db);
const store = feedbackStore(db);
process.stdout.write('prêt\n');
await Promise.all(
  Array.from({ length: 16 }, async () => {
    for (;;) {
      const key = randomUUID();
      await store.recordVote({ key, target: '/codes/sense#evt-15', origin: 'code', value: 'oui', seq: 1 });
      process.stdout.write(`${key}\n`);
    }
  }),
);
