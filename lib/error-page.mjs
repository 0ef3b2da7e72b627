// The answers the portal gives itself, before the application sees the request: a bad percent-encoding in the
// path (400) and request headers too large (431). scripts/server.mjs sends them under next start, and
// scripts/export.mjs writes them into the static export for nginx (deploy/nginx-config.mjs), so both servers
// say the same thing, in French, with the security headers. Plain .mjs: the server and the export run without
// a TypeScript step.

/** @type {Readonly<Record<number, { title: string; text: string }>>} */
export const ERROR_PAGES = {
  400: {
    title: 'Adresse invalide',
    text:
      'L’adresse demandée contient un encodage incorrect (un « % » qui n’est pas suivi de deux chiffres ' +
      'hexadécimaux valides). Le lien a sans doute été mal copié : reprenez-le depuis sa source, ou cherchez ' +
      'l’erreur depuis l’accueil.',
  },
  431: {
    title: 'Requête trop volumineuse',
    text:
      'Les en-têtes de la requête sont trop volumineux (le plus souvent, trop de cookies pour ce site). ' +
      'Effacez les cookies du portail puis rechargez la page.',
  },
};

/** The HTML page of an error status: self-contained (no script, no external file), in French. */
export function errorPage(status) {
  const page = ERROR_PAGES[status];
  if (!page) throw new Error(`pas de page pour le statut ${status}`);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} — Portail de dépannage</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}
p.code{color:#1d4ed8;font-weight:600;font-size:.875rem}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<p class="code">Erreur ${status}</p>
<h1>${page.title}</h1>
<p>${page.text}</p>
<p><a href="/">Retour à l’accueil</a></p>
</main>
</body>
</html>
`;
}

/**
 * Whether the path of a request target (`/articles/%ZZ.md?x`) holds a percent-encoding that does not decode:
 * `%` without two hex digits, or bytes that are not UTF-8 (`%C0%AF`, `%E0%A4%A`). Next answers those with a
 * bare 500 when they fall in a dynamic segment; they are refused first, with a 400. The query is left to the
 * pages, which read it leniently.
 */
export function hasBadPercentEncoding(target) {
  const end = target.search(/[?#]/);
  try {
    decodeURIComponent(end < 0 ? target : target.slice(0, end));
    return false;
  } catch {
    return true;
  }
}
