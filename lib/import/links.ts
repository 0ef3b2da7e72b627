import path from 'node:path';
import type { Definition, Image, Link, Root, RootContent } from 'mdast';
import { flatMapNodes, type ConvertContext } from './mdast';

/** `.openpublishing.redirection.json`: a moved or renamed file's repository path → its Learn URL path. */
export type Redirections = ReadonlyMap<string, string>;

export function parseRedirections(json: string): Redirections {
  // Learn repositories' JSON files may start with a byte order mark, which JSON.parse refuses.
  const data = JSON.parse(json.replace(/^\uFEFF/, '')) as {
    redirections?: { source_path?: string; redirect_url?: string }[];
  };
  return new Map(
    (data.redirections ?? [])
      .filter((r): r is { source_path: string; redirect_url: string } => Boolean(r.source_path && r.redirect_url))
      .map((r) => [r.source_path, r.redirect_url]),
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

const NAMED: Readonly<Record<string, string>> = { amp: '&', colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0' };

/** One round of the decodings a reader of the URL may apply: character references, percent-encoding. */
function decodeOnce(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => NAMED[name.toLowerCase()] ?? entity)
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/;

/**
 * Whether a link target would run script or show a document of its own (`javascript:`, `vbscript:`,
 * `data:`), in any case, behind whitespace, control or invisible characters, character references or
 * percent-encoding (a few rounds, against double encoding): browsers drop tabs and newlines anywhere in a
 * URL, and Markdown readers of the `.md` export decode references.
 */
export function isDangerousUrl(url: string): boolean {
  let value = url;
  for (let round = 0; round < 3; round++) value = decodeOnce(value);
  const compact = value.replace(/[\u0000-\u0020\u007f-\u00a0\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu, '').toLowerCase();
  return DANGEROUS_SCHEME.test(compact);
}

/**
 * Reference links (`[texte][ref]` and `[ref]: url`) become links with their target, so that every target
 * is checked and rewritten in one place; the definitions are then dropped (they show nothing).
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  flatMapNodes(tree, (node) => {
    if (node.type !== 'definition') return undefined;
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    return [];
  });
  flatMapNodes(tree, (node): RootContent[] | undefined => {
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return undefined;
    const definition = definitions.get(node.identifier);
    if (!definition) return undefined;
    const target = { url: definition.url, title: definition.title ?? null, position: node.position };
    return node.type === 'linkReference'
      ? [{ type: 'link', ...target, children: node.children } satisfies Link]
      : [{ type: 'image', ...target, alt: node.alt ?? '' } satisfies Image];
  });
}

/**
 * Link and image targets: a `javascript:`, `data:` or `vbscript:` target is dropped (the link's text stays,
 * a note says where), before or after a relative link follows the redirections (`rewrite`).
 */
export function rewriteTargets(tree: Root, context: ConvertContext, rewrite: (href: string) => string): void {
  flatMapNodes(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image') return undefined;
    // Checked after the redirections too: the repository's own redirection file can send an ordinary
    // relative link to `javascript:`.
    const target = node.type === 'link' && !isDangerousUrl(node.url) ? rewrite(node.url) : node.url;
    if (isDangerousUrl(target)) {
      context.note(node, `cible de ${node.type === 'link' ? 'lien' : 'image'} dangereuse retirée (texte gardé)`);
      return node.type === 'link' ? node.children : [{ ...node, url: '' }];
    }
    node.url = target;
    return undefined;
  });
}
