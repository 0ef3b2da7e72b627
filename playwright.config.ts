import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { NEXT_PORT, NEXT_URL, STATIC_PORT, STATIC_URL } from './e2e/servers';
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

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: {
    trace: 'retain-on-failure',
    locale: 'fr-FR',
  },
  projects: [
    { name: 'chromium', testIgnore: STATIC_SPECS, use: { ...chromium, baseURL: NEXT_URL } },
    // The export on nginx; its specs also read next start, the reference it must match.
    ...(withExport ? [{ name: 'static', testMatch: STATIC_SPECS, use: { ...chromium, baseURL: STATIC_URL } }] : []),
  ],
  webServer: [
    // The production build (npm run test:e2e builds it first when stale), served as npm start serves it.
    {
      command: 'node scripts/server.mjs',
      url: NEXT_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(NEXT_PORT) },
    },
    // The static export on nginx (npm run test:e2e exports first when stale).
    ...(withExport
      ? [
          {
            command: 'node scripts/serve-static.mjs',
            url: STATIC_URL,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
            env: { PORT: String(STATIC_PORT) },
          },
        ]
      : []),
  ],
});
