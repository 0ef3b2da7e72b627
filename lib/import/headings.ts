/** A Markdown ATX heading of a source: level, text without its anchor, and the `<a name>` anchor if any. */
export type SourceHeading = { level: number; text: string; anchor?: string };

export function parseHeading(line: string): SourceHeading | undefined {
  const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (!match) return undefined;
  const [, hashes = '', rest = ''] = match;
  const anchor = /<a name="([^"]+)"\s*(?:\/>|><\/a>)/.exec(rest)?.[1];
  const text = rest.replace(/<a name="[^"]+"\s*(?:\/>|><\/a>)/g, '').trim();
  return anchor ? { level: hashes.length, text, anchor } : { level: hashes.length, text };
}

/**
 * The id Learn gives a heading that has no `<a name>`: the text as a reader sees it, lower-cased, without
 * punctuation, spaces as hyphens (`Suspected overpass-the-hash attack (external ID 2008)` →
 * `suspected-overpass-the-hash-attack-external-id-2008`). Accents are dropped: portal ids are ASCII.
 */
export function learnHeadingId(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .trim()
    .replace(/ /g, '-')
    .replace(/_/g, '')
    .replace(/^-+/, '');
}

/** Learn numbers a repeated id (`x`, `x-1`, `x-2`); the portal needs every id once. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id || 'section';
  for (let n = 1; taken.has(candidate); n++) candidate = `${id || 'section'}-${n}`;
  taken.add(candidate);
  return candidate;
}
