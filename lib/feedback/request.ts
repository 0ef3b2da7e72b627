/**
 * The checks every API write goes through before its body is trusted: same origin, a JSON body under the
 * size limit, and who the client is for the rate limit. Pure functions over the Web `Request`/`Headers`.
 */

export type Refusal = { status: number; message: string; headers?: Record<string, string> };

/**
 * Same-origin check: the browser's `Origin` must name this host (as the client reached it: `Host`, or
 * `X-Forwarded-Host` behind a proxy) or one of `PORTAIL_ORIGINES` (comma-separated). A write without `Origin`
 * is refused: browsers always send it on a POST.
 */
export function checkOrigin(headers: Headers, allowed: readonly string[] = []): Refusal | undefined {
  const origin = headers.get('origin');
  if (!origin) return { status: 403, message: 'Origine absente : requête refusée.' };
  if (headers.get('sec-fetch-site') === 'cross-site')
    return { status: 403, message: 'Requête d’un autre site refusée.' };
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return { status: 403, message: 'Origine invalide : requête refusée.' };
  }
  const own = [headers.get('x-forwarded-host'), headers.get('host')]
    .flatMap((value) => (value ? value.split(',') : []))
    .map((value) => value.trim().toLowerCase());
  if (own.includes(host) || allowed.some((entry) => entry.trim().toLowerCase() === origin.toLowerCase()))
    return undefined;
  return { status: 403, message: `Origine ${origin} non autorisée : seul le portail peut écrire ici.` };
}

/** Reads a body of at most `maxBytes` as text (counted as the bytes arrive, whatever Content-Length says). */
export async function readText(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; refusal: Refusal }> {
  const tooBig: Refusal = { status: 413, message: `Corps trop volumineux (au plus ${maxBytes} octets).` };
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, refusal: tooBig };
  const reader = request.body?.getReader();
  if (!reader) return { ok: false, refusal: { status: 400, message: 'Corps de requête absent.' } };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, refusal: tooBig };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** A JSON body of at most `maxBytes`: 415 for another type, 413 when too big, 400 when not JSON. */
export async function readJson(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; refusal: Refusal }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    return { ok: false, refusal: { status: 415, message: 'Corps attendu en JSON (Content-Type: application/json).' } };
  const body = await readText(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch {
    return { ok: false, refusal: { status: 400, message: 'JSON invalide.' } };
  }
}

/**
 * The client's address: the first `X-Forwarded-For` entry (nginx in front sets it to the peer's address;
 * next start alone fills it with the socket's), else « inconnue ».
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'inconnue';
}

/** The browser's own random id (`X-Portail-Client`), when it looks like one. */
export function clientId(headers: Headers): string | undefined {
  const id = headers.get('x-portail-client');
  return id && /^[\w-]{8,64}$/.test(id) ? id : undefined;
}
