/**
 * Access to /equipe: a secret from the environment (`PORTAIL_EQUIPE_SECRET`); without one the page does not
 * exist (404). The lead signs in with it once (a form) and gets a signed session cookie, or sends it as HTTP
 * basic auth (CSV exports from a script). Every comparison is in constant time.
 */
import { createHmac, timingSafeEqual, createHash } from 'node:crypto';

export const SESSION_COOKIE = 'portail_equipe';
export const SESSION_HOURS = 12;

/** The configured secret, or undefined when none is set (then /equipe answers 404). */
export function equipeSecret(env: Record<string, string | undefined>): string | undefined {
  const secret = env.PORTAIL_EQUIPE_SECRET?.trim();
  return secret ? secret : undefined;
}

/** Constant-time equality of two strings of any lengths (their SHA-256 digests are compared). */
export function safeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** A session token valid until `expiresAt` (ms): `<expiry>.<HMAC of the expiry under the secret>`. */
export function sessionToken(secret: string, expiresAt: number): string {
  const payload = `equipe:${expiresAt}`;
  return `${expiresAt}.${sign(secret, payload)}`;
}

export function validSession(token: string | undefined, secret: string, now: number): boolean {
  if (!token) return false;
  const [expiry, signature] = token.split('.');
  const expiresAt = Number(expiry);
  if (!signature || !Number.isInteger(expiresAt) || expiresAt <= now) return false;
  return safeEqual(signature, sign(secret, `equipe:${expiresAt}`));
}

/** `Authorization: Basic …` whose password is the secret (any user name). */
export function validBasicAuth(header: string | null, secret: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && safeEqual(decoded.slice(colon + 1), secret);
}

/** Whether a request carries the lead's session cookie or basic auth. */
export function isLead(
  secret: string,
  credentials: { cookie?: string; authorization: string | null },
  now = Date.now(),
): boolean {
  return validSession(credentials.cookie, secret, now) || validBasicAuth(credentials.authorization, secret);
}
