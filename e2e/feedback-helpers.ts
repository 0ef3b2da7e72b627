/**
 * What the feedback specs share: the « Oui / Non » control of a unit as an agent uses it, and what the server
 * stored, read back the way the lead reads it (the CSV exports of /equipe, with the team secret).
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator, type TestInfo } from '@playwright/test';
import { E2E_TEAM_SECRET } from './servers';

/** The feedback control of one unit (article section, code row, wizard place, /analyse finding). */
export function feedbackControl(unit: Locator) {
  const control = unit.getByTestId('resolution-feedback').first();
  const question = control.getByRole('group', { name: 'Cette résolution a-t-elle réglé le ticket ?' });
  return {
    control,
    yes: question.getByRole('button', { name: 'Oui', exact: true }),
    no: question.getByRole('button', { name: 'Non', exact: true }),
    undo: question.getByRole('button', { name: /^Annuler/ }),
    report: question.getByRole('button', { name: 'Signaler une erreur' }),
    // The two live regions (the answer's, the report's), empty ones included: CSS, not roles, finds them.
    status: control.locator('[role="status"]').nth(0),
    reportStatus: control.locator('[role="status"]').nth(1),
  };
}

export const teamAuth = { Authorization: `Basic ${Buffer.from(`equipe:${E2E_TEAM_SECRET}`).toString('base64')}` };

/** Parses the exports' CSV (`;`, quoted fields, CRLF, BOM) into objects by header (missing cells: ''). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (quoted && char === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  const [header = [], ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** One table of /equipe as the lead exports it. */
export async function teamCsv(request: APIRequestContext, baseURL: string, table: string) {
  const response = await request.get(`${baseURL}/equipe/csv?table=${table}`, { headers: teamAuth });
  expect(response.status(), `/equipe/csv?table=${table}`).toBe(200);
  return parseCsv(await response.text());
}

/** « Oui » and « Non » stored for one deep link. */
export async function storedRate(request: APIRequestContext, baseURL: string, target: string) {
  const row = (await teamCsv(request, baseURL, 'resolutions')).find((r) => r.lien === target);
  return { oui: Number(row?.oui ?? 0), non: Number(row?.non ?? 0) };
}

/** A POST to the API as a browser of `baseURL` would send it (its Origin), with any header overridden. */
export function apiPost(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return request.post(`${baseURL}${path}`, {
    headers: { Origin: baseURL, 'Content-Type': 'application/json', ...headers },
    // Bytes, as sent: Playwright would turn a string that is not JSON into a JSON string.
    data: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    failOnStatusCode: false,
  });
}

export const newKey = () => randomUUID();

/**
 * Skips a test outside the PGlite project: what it checks is the page or the server's own rules (keyboard,
 * axe, layout, the rate limit), where the store plays no part, so the PostgreSQL project (the same specs on
 * a second next start) does not pay for it twice.
 */
export function onlyOnce(testInfo: TestInfo) {
  test.skip(testInfo.project.name !== 'chromium', 'la base n’y joue aucun rôle : une fois, sur PGlite');
}
