import { parseEntities } from 'parse-entities';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { routes } from '@/lib/routes';

/**
 * Where a link written in an article (Learn's Markdown conventions) takes the agent in the portal.
 * - `#anchor` stays in the page;
 * - `other-article.md#x`, when it is one of our articles, becomes `/articles/<slug>#x`;
 * - any other relative `.md` link, or a site-absolute `/path`, becomes its absolute Learn URL;
 * - absolute http(s) links are kept as they are; an empty target is no link at all.
 */
export const LEARN_ORIGIN = 'https://learn.microsoft.com/fr-fr';

export type ResolvedLink = { kind: 'anchor' | 'internal' | 'learn' | 'external'; href: string } | { kind: 'none' };

export type LinkContext = {
  /** Learn folder of the article the link is in, e.g. `azure-advanced-threat-protection`. */
  learnDir: string;
  /** Our own articles, keyed by `<learnDir>/<file name without .md>`. */
  internal: ReadonlyMap<string, string>;
  /**
   * Set when the text is shown outside its article (a code page, a search result): `#anchor` links
   * then point into the article, e.g. `/articles/troubleshoot-onboarding#anchor`.
   */
  anchorBase?: string;
};

/** Schemes that run code (`javascript:`, `vbscript:`) or make a document of the URL itself (`data:`). */
const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);
/** Enough rounds to undo `&amp;#106;`-style double encoding; each round only ever shortens the text. */
const DECODE_ROUNDS = 4;

/**
 * The scheme of `url` if it is one a browser would run (`javascript:`…), else undefined. The URL is read as
 * every layer it may pass through would read it: a Markdown renderer (the `.md` export pasted into a ticket
 * tool) decodes character references and backslash escapes, and a browser's URL parser ignores case and
 * drops tabs, newlines and leading controls. Every control, format character and blank is dropped here, a
 * superset of what browsers drop, so that no spelling of a scheme gets through.
 */
export function unsafeUrlScheme(url: string): string | undefined {
  // No colon, even encoded as a character reference: no scheme (the common case, relative links).
  if (!url.includes(':') && !url.includes('&')) return undefined;
  let text = url;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const decoded = parseEntities(text).replace(/\\([!-/:-@[-`{-~])/g, '$1');
    if (decoded === text) break;
    text = decoded;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(text.replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '').toLowerCase())?.[1];
  return scheme && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

export function resolveHref(href: string, ctx: LinkContext): ResolvedLink {
  const target = href.trim();
  // The build refuses these links (lib/mdx/article-syntax.ts); dropping them here too keeps them out of the
  // page, its data and the Markdown whatever the content directory holds.
  if (target === '' || unsafeUrlScheme(target)) return { kind: 'none' };
  if (target.startsWith('#')) {
    return ctx.anchorBase ? { kind: 'internal', href: `${ctx.anchorBase}${target}` } : { kind: 'anchor', href: target };
  }
  if (/^https?:\/\//i.test(target)) return { kind: 'external', href: target };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return { kind: 'external', href: target };

  const [pathPart = '', hash] = target.split('#', 2);
  const fragment = hash ? `#${hash}` : '';
  const page = pathPart.replace(/\.md$/, '');
  const absolute = page.startsWith('/') ? page.slice(1) : joinPath(ctx.learnDir, page);
  const slug = ctx.internal.get(absolute);
  if (slug) return { kind: 'internal', href: `${routes.article(slug as ArticleSlug)}${fragment}` };
  return { kind: 'learn', href: `${LEARN_ORIGIN}/${absolute}${fragment}` };
}

function joinPath(dir: string, relative: string): string {
  const parts = dir.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}
