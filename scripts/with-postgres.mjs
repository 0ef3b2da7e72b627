#!/usr/bin/env node
// Runs a command with a throw-away PostgreSQL server (scripts/postgres.mjs) whose URL is in
// PORTAIL_TEST_DATABASE_URL, then stops the server and removes its folder, whatever the command's outcome.
// `npm test` runs the unit and end-to-end tests inside it, so both stores (PGlite and PostgreSQL) are tested.
// Usage: node scripts/with-postgres.mjs "<shell command>"
import { spawn } from 'node:child_process';
import { startPostgres } from './postgres.mjs';

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('Usage : node scripts/with-postgres.mjs "<commande>"');
  process.exit(2);
}
const pg = await startPostgres({ port: Number(process.env.PORTAIL_PG_PORT) || undefined });
console.log(`PostgreSQL de test démarré (${pg.url}).`);
const child = spawn(command, {
  stdio: 'inherit',
  shell: true,
  env: { ...process.env, PORTAIL_TEST_DATABASE_URL: pg.url },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  pg.stop();
  console.log('PostgreSQL de test arrêté.');
  process.exit(code ?? (signal ? 1 : 0));
});
