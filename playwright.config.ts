import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import {
  E2E_DATA_DIR,
  E2E_TEAM_SECRET,
  NEXT_PORT,
  NEXT_URL,
  NO_SECRET_PORT,
  POSTGRES_DATABASE_URL,
  POSTGRES_NEXT_PORT,
  POSTGRES_NEXT_URL,
  STATIC_PORT,
  STATIC_URL,
} from './e2e/servers';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Debian's Chromium (scripts/chromium.mjs): Playwright cannot download browsers here.
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};
// The static export is tested when it exists: npm run test:e2e (and so CI) always exports first; a developer
// running one spec without out/ gets the next start specs only, and a note.
const STATIC_SPECS = /static[^/]*\.spec\.ts$/;
const withExport = !!process.env.CI || fs.existsSync('out/index.html');
if (!withExport) console.log('out/ absent : les tests de l’export statique sont ignorés (npm run export).');
// The feedback specs run a second time on PostgreSQL (npm test starts one); CI without it is an error.
const FEEDBACK_SPECS = /(feedback|equipe)[^/]*\.spec\.ts$/;
if (!POSTGRES_DATABASE_URL && process.env.CI) throw new Error('PORTAIL_TEST_DATABASE_URL absent : lancez npm test.');
if (!POSTGRES_DATABASE_URL) console.log('PostgreSQL absent : les tests des retours ne tournent que sur PGlite.');
const feedbackEnv = { PORTAIL_EQUIPE_SECRET: E2E_TEAM_SECRET, NEXT_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: {
    // A trace records every action's snapshots, for every test, to keep only the failures' ones. CI retries a
    // failure once and traces that retry only; a developer's run (no retries) keeps each failure's trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    locale: 'fr-FR',
  },
  projects: [
    { name: 'chromium', testIgnore: STATIC_SPECS, use: { ...chromium, baseURL: NEXT_URL } },
    ...(POSTGRES_DATABASE_URL
      ? [
          {
            name: 'postgres',
            testMatch: FEEDBACK_SPECS,
            testIgnore: STATIC_SPECS,
            use: { ...chromium, baseURL: POSTGRES_NEXT_URL },
          },
        ]
      : []),
    // The export on nginx; its specs also read next start, the reference it must match.
    ...(withExport ? [{ name: 'static', testMatch: STATIC_SPECS, use: { ...chromium, baseURL: STATIC_URL } }] : []),
  ],
  webServer: [
    // The same build with no team secret (and PGlite), for equipe.spec.ts: listed first and not waited for (no
    // url), it starts beside the others instead of inside a test; `env -u` because Playwright passes its own
    // environment on.
    {
      command: 'env -u PORTAIL_EQUIPE_SECRET -u DATABASE_URL node scripts/server.mjs',
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(NO_SECRET_PORT),
        PORTAIL_DATA_DIR: `.data/e2e-${NO_SECRET_PORT}`,
      },
    },
    // The production build (npm run test:e2e builds it first when stale), served as npm start serves it. It
    // answers once its feedback store is open (instrumentation.ts): PGlite takes seconds on a busy machine.
    {
      command: 'node scripts/server.mjs',
      url: NEXT_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { ...feedbackEnv, PORT: String(NEXT_PORT), PORTAIL_DATA_DIR: E2E_DATA_DIR },
    },
    // The same build on a PostgreSQL server, for the feedback specs.
    ...(POSTGRES_DATABASE_URL
      ? [
          {
            command: 'node scripts/server.mjs',
            url: POSTGRES_NEXT_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
            env: { ...feedbackEnv, PORT: String(POSTGRES_NEXT_PORT), DATABASE_URL: POSTGRES_DATABASE_URL },
          },
        ]
      : []),
    // The static export on nginx (npm run test:e2e exports first when stale).
    ...(withExport
      ? [
          {
            command: 'node scripts/serve-static.mjs',
            url: STATIC_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
            // /api/ goes through nginx to next start, as deploy/nginx.conf does in production.
            env: { PORT: String(STATIC_PORT), PORTAIL_API_UPSTREAM: `http://127.0.0.1:${NEXT_PORT}` },
          },
        ]
      : []),
  ],
});
