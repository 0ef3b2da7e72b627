/**
 * The lead's side on the server: who may see /equipe (the secret, the session cookie or basic auth), and the
 * names of the units the feedback is about.
 */
import 'server-only';
import { cookies, headers } from 'next/headers';
import { getSearchData } from '@/lib/search/server-index';
import type { UnitLabel } from './dashboard';
import { SESSION_COOKIE, equipeSecret, isLead } from './equipe-auth';

/** `absent`: no secret configured (the page does not exist); `refuse`: not signed in; `ok`: the lead. */
export async function teamAccess(): Promise<'absent' | 'refuse' | 'ok'> {
  // Read the request first: the page is then rendered per request, never once at build time (where the
  // secret of the build machine, or its absence, would be frozen into it).
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const secret = equipeSecret(process.env);
  if (!secret) return 'absent';
  return isLead(secret, {
    cookie: cookieStore.get(SESSION_COOKIE)?.value,
    authorization: headerList.get('authorization'),
  })
    ? 'ok'
    : 'refuse';
}

/** The same check on a route handler's request (CSV exports, actions). */
export function requestIsLead(request: Request): 'absent' | 'refuse' | 'ok' {
  const secret = equipeSecret(process.env);
  if (!secret) return 'absent';
  const cookie = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
  return isLead(secret, { cookie, authorization: request.headers.get('authorization') }) ? 'ok' : 'refuse';
}

const KIND_LABEL: Readonly<Record<string, string>> = { section: 'Section', row: 'Ligne de code', step: 'Assistant' };

/** A unit's title and place, by its deep link (the search documents list every one). */
export function unitLabeller(): (target: string) => UnitLabel | undefined {
  const labels = new Map<string, UnitLabel>();
  for (const doc of getSearchData().documents)
    labels.set(doc.href, { title: doc.title, breadcrumb: doc.breadcrumb, kind: KIND_LABEL[doc.kind] ?? doc.kind });
  return (target) =>
    labels.get(target) ??
    (target.startsWith('/assistants/') ? { title: target, breadcrumb: [], kind: 'Assistant' } : undefined);
}
