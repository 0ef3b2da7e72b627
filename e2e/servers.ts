/**
 * The two servers the end-to-end tests run against: next start (the production build) and nginx serving the
 * static export (out/). The static specs compare one with the other, so both addresses live here.
 */
export const NEXT_PORT = Number(process.env.E2E_PORT ?? 3100);
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? NEXT_PORT + 50);
export const NEXT_URL = `http://localhost:${NEXT_PORT}`;
export const STATIC_URL = `http://localhost:${STATIC_PORT}`;

/**
 * The feedback store is tested on both kinds: next start above keeps it in PGlite (its own data folder); a
 * second next start on a PostgreSQL server (npm test starts one: PORTAIL_TEST_DATABASE_URL) runs the same
 * feedback specs. Both servers have the team secret, so the specs read what was stored through /equipe.
 */
export const POSTGRES_DATABASE_URL = process.env.PORTAIL_TEST_DATABASE_URL;
export const POSTGRES_NEXT_PORT = Number(process.env.E2E_POSTGRES_PORT ?? NEXT_PORT + 1);
export const POSTGRES_NEXT_URL = `http://localhost:${POSTGRES_NEXT_PORT}`;
export const E2E_TEAM_SECRET = 'secret-des-tests-e2e';
export const E2E_DATA_DIR = `.data/e2e-${NEXT_PORT}`;

/**
 * A third next start, without the team secret, for the one spec that checks /equipe is then absent (equipe.spec.ts).
 * Playwright starts it with the others but does not wait for it (no url): it opens while the first tests run, and
 * that spec waits for it.
 */
export const NO_SECRET_PORT = Number(process.env.E2E_NO_SECRET_PORT ?? NEXT_PORT + 3);
export const NO_SECRET_URL = `http://localhost:${NO_SECRET_PORT}`;
