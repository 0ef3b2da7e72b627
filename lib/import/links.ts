import path from 'node:path';

/** `.openpublishing.redirection.json`: a moved or renamed file's repository path → its Learn URL path. */
export type Redirections = ReadonlyMap<string, string>;

export function parseRedirections(json: string): Redirections {
  const data = JSON.parse(json) as { redirections?: { source_path?: string; redirect_url?: string }[] };
  return new Map(
    (data.redirections ?? [])
      .filter((r): r is { source_path: string; redirect_url: string } => Boolean(r.source_path && r.redirect_url))
      .map((r) => [r.source_path, r.redirect_url]),
  );
}

/** Applies `rewrite` to the target of every Markdown link of a line (images are captions by then). */
export function rewriteLinks(line: string, rewrite: (href: string) => string): string {
  return line.replace(
    /\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g,
    (_, href: string, title: string) => `](${rewrite(href)}${title})`,
  );
}

/**
 * A relative `.md` link whose target was moved or renamed (it is in the redirections) points to where
 * Learn redirects it, as a site path (`/defender-for-identity/prerequisites#ports`): lib/links.ts then
 * makes it internal when that article is in the content directory, and a Learn URL otherwise. Other links
 * are left as written (lib/links.ts resolves them against the article's Learn folder).
 */
export function redirectLink(href: string, sourceRepoPath: string, redirections: Redirections): string {
  if (/^[a-z][a-z0-9+.-]*:|^[#/]/i.test(href)) return href;
  const [page = '', fragment] = href.split('#', 2);
  if (!page.endsWith('.md')) return href;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(sourceRepoPath), page));
  const redirect = redirections.get(target);
  if (!redirect) return href;
  const url = redirect.replace(/^https:\/\/learn\.microsoft\.com(\/[a-z]{2}-[a-z]{2})?/i, '');
  return fragment ? `${url}#${fragment}` : url;
}
