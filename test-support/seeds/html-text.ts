import { decodeEntities } from './text-units';

/**
 * The text a reader sees in a server-rendered page's `<main>`: tags removed (scripts, styles and the
 * React payload with their content), entities decoded. The corpus check compares it with the source.
 */
export function htmlToText(html: string): string {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return decodeEntities(main.replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids of a page's elements, as written in its HTML. */
export function htmlIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
