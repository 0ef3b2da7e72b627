import { loadDashboard } from '@/lib/feedback/dashboard';
import { dashboardCsv, isCsvTable, searchesCsv } from '@/lib/feedback/exports';
import { retentionCutoff, retentionDays } from '@/lib/feedback/retention';
import { getFeedbackStore } from '@/lib/feedback/server';
import { requestIsLead, unitLabeller } from '@/lib/feedback/team';
import { STATIC_EXPORT } from '@/lib/static-export';

/**
 * `/equipe/csv?table=<table>`: one table of /equipe as CSV (session cookie, or basic auth with the team secret
 * for scripts); 404 without a secret configured or for an unknown table, 401 otherwise.
 */
async function exportCsv(request: Request): Promise<Response> {
  const access = requestIsLead(request);
  const table = new URL(request.url).searchParams.get('table') ?? '';
  if (access === 'absent' || !isCsvTable(table)) return new Response('Page introuvable.', { status: 404 });
  if (access === 'refuse')
    return new Response('Connexion de l’équipe requise.', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="Portail, équipe", charset="UTF-8"' },
    });
  const store = await getFeedbackStore();
  const now = new Date();
  const days = retentionDays(process.env);
  const csv =
    table === 'recherches'
      ? searchesCsv(await store.searches(retentionCutoff(now, days)))
      : dashboardCsv(table, await loadDashboard(store, { now, retentionDays: days, labelOf: unitLabeller() }));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="equipe-${table}-${now.toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

// Per request (GET route handlers are dynamic by default). The static export has no server: no GET there,
// so that it builds (nginx sends /equipe to a next start when one is configured).
export const GET = STATIC_EXPORT ? undefined : exportCsv;
