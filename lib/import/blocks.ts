/** Block-level DocFX constructs of a source line. One function per construct. */

export type CalloutType = 'note' | 'important' | 'tip' | 'warning' | 'caution';

/** `> [!NOTE]` (and IMPORTANT, TIP, WARNING, CAUTION) opens a callout; its body is the quoted lines that follow. */
export function calloutStart(line: string): { indent: string; type: CalloutType } | undefined {
  const match = /^(\s*)>\s*\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\]\s*$/i.exec(line);
  return match ? { indent: match[1]!, type: match[2]!.toLowerCase() as CalloutType } : undefined;
}

/** `> [!div class="…"]` only styles the quoted block that follows (checklist, next step, fixed table): unwrap it. */
export function isDivMarker(line: string): boolean {
  return /^\s*>\s*\[!div\s[^\]]*\]\s*$/i.test(line);
}

/** The quoted line's content when `line` continues a quote opened with `indent`, else undefined. */
export function unquote(line: string, indent: string): string | undefined {
  const match = /^(\s*)>\s?(.*)$/.exec(line);
  return match ? indent + match[2]! : undefined;
}

export type ZoneMarker = { kind: 'zone' | 'moniker'; end: boolean; condition: string };

/** `::: zone pivot="…"` / `::: zone-end`, `::: moniker range="…"` / `::: moniker-end`. */
export function zoneMarker(line: string): ZoneMarker | undefined {
  const match = /^\s*:::\s*(zone|moniker)(-end)?\s*(.*?)\s*(?::::)?\s*$/i.exec(line);
  if (!match) return undefined;
  return { kind: match[1]!.toLowerCase() as ZoneMarker['kind'], end: Boolean(match[2]), condition: match[3]! };
}

/** Removes HTML comments (not shown on Learn), which may span lines; `open` says a comment is still open. */
export function stripComments(line: string, open: boolean): { text: string; open: boolean } {
  let text = '';
  let rest = line;
  let inside = open;
  while (rest !== '') {
    if (inside) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text, open: true };
      rest = rest.slice(end + 3);
      inside = false;
    } else {
      const start = rest.indexOf('<!--');
      if (start < 0) return { text: text + rest, open: false };
      text += rest.slice(0, start);
      rest = rest.slice(start + 4);
      inside = true;
    }
  }
  return { text, open: inside };
}

/** Lines DocFX tables leave behind: a lone `|`, `****`, `<br>`. */
export function isTableFurniture(line: string): boolean {
  return /^\s*(<br>|\*\*\*\*|\|)\s*$/.test(line);
}

export function isFence(line: string): boolean {
  return /^\s*(```|~~~)/.test(line);
}

/** DocFX markers left once the known ones are handled (`[!VIDEO …]`, `:::row:::`…): kept as text, reported. */
export function unknownMarkers(line: string): string[] {
  const markers = [...line.matchAll(/\[!([A-Za-z-]+)/g)].map((m) => `[!${m[1]}]`);
  const directive = /^\s*:::\s*([a-z-]+)/i.exec(line);
  return directive ? [...markers, `:::${directive[1]}`] : markers;
}
