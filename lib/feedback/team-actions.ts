/**
 * The lead's form posts (sign in, sign out, mark a report as handled): same-origin forms, a small
 * url-encoded body, answered by a 303 back to /equipe, so they work without JavaScript.
 */
import 'server-only';
import { NO_STORE, rateLimit, refuse } from './api';
import { SESSION_COOKIE, SESSION_HOURS, equipeSecret, safeEqual, sessionToken } from './equipe-auth';
import { checkOrigin, readText } from './request';
import { reportStatusSchema } from './schemas';
import { getFeedbackStore } from './server';
import { requestIsLead } from './team';
import { routes } from '@/lib/routes';

const FORM_MAX_BYTES = 2048;

function seeOther(location: string, cookie?: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, ...NO_STORE, ...(cookie ? { 'Set-Cookie': cookie } : {}) },
  });
}

async function readForm(request: Request): Promise<URLSearchParams | Response> {
  const origin = checkOrigin(request.headers, process.env.PORTAIL_ORIGINES?.split(',') ?? []);
  if (origin) return refuse(origin);
  const body = await readText(request, FORM_MAX_BYTES);
  if (!body.ok) return refuse(body.refusal);
  return new URLSearchParams(body.text);
}

function cookie(request: Request, value: string, maxAgeSeconds: number): string {
  const secure = request.headers.get('x-forwarded-proto') === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export async function signIn(request: Request): Promise<Response> {
  const secret = equipeSecret(process.env);
  if (!secret) return refuse({ status: 404, message: 'Page introuvable.' });
  const limited = rateLimit(request.headers, 'login');
  if (limited) return seeOther(`${routes.team()}?erreur=limite`);
  const form = await readForm(request);
  if (form instanceof Response) return form;
  if (!safeEqual(form.get('secret') ?? '', secret)) return seeOther(`${routes.team()}?erreur=secret`);
  const expiresAt = Date.now() + SESSION_HOURS * 3_600_000;
  return seeOther(routes.team(), cookie(request, sessionToken(secret, expiresAt), SESSION_HOURS * 3600));
}

export async function signOut(request: Request): Promise<Response> {
  const form = await readForm(request);
  if (form instanceof Response) return form;
  return seeOther(routes.team(), cookie(request, '', 0));
}

export async function setReportStatus(request: Request): Promise<Response> {
  const access = requestIsLead(request);
  if (access === 'absent') return refuse({ status: 404, message: 'Page introuvable.' });
  if (access === 'refuse') return refuse({ status: 401, message: 'Connexion de l’équipe requise.' });
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const parsed = reportStatusSchema.safeParse({ key: form.get('key'), status: form.get('status') });
  if (!parsed.success) return refuse({ status: 422, message: 'Signalement ou état invalide.' });
  const store = await getFeedbackStore();
  if (!(await store.setReportStatus(parsed.data.key, parsed.data.status)))
    return refuse({ status: 404, message: 'Signalement introuvable (déjà supprimé par la rétention ?).' });
  return seeOther(`${routes.team()}#signalements`);
}
