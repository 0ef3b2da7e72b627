import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { flatMapNodes, flowElement, text, type ConvertContext } from './mdast';

export type ZoneMarker = { kind: 'zone' | 'moniker'; end: boolean; condition: string };

/** `::: zone pivot="…"` / `::: zone-end`, `::: moniker range="…"` / `::: moniker-end`, alone on a line. */
const MARKER = /^\s*:::\s*(zone|moniker)(-end)?\s*(.*?)\s*(?::::)?\s*$/i;

export function zoneMarker(line: string): ZoneMarker | undefined {
  const match = MARKER.exec(line);
  if (!match) return undefined;
  return { kind: match[1]!.toLowerCase() as ZoneMarker['kind'], end: Boolean(match[2]), condition: match[3]! };
}

/** A paragraph's content cut into its lines (soft line breaks split the text nodes). */
function linesOf(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type !== 'text') {
      lines.at(-1)!.push(child);
      if (child.type === 'break') lines.push([]);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ ...child, value: part });
    });
  }
  return lines;
}

/** A line as written, when it holds only text and code spans (a marker's condition may hold backticks). */
function lineSource(line: readonly PhrasingContent[], context: ConvertContext): string | undefined {
  let source = '';
  for (const node of line) {
    if (node.type === 'text') source += node.value;
    else if (node.type === 'inlineCode') source += context.sourceOf(node);
    else return undefined;
  }
  return source;
}

/** The note that stands for a marker: the condition shown as code, never read as anything else. */
function markerNote(marker: ZoneMarker, open: string | undefined): RootContent {
  const condition = marker.end ? (open ?? marker.kind) : `${marker.kind} ${marker.condition}`;
  const sentence = marker.end
    ? [text('Fin du contenu propre au contexte Learn '), { type: 'inlineCode' as const, value: condition }, text('.')]
    : [
        text('Contenu propre au contexte Learn '),
        { type: 'inlineCode' as const, value: condition },
        text(' (affiché sur Learn selon ce choix).'),
      ];
  return flowElement('Callout', { type: 'note' }, [{ type: 'paragraph', children: sentence }]);
}

/**
 * `::: zone` and `::: moniker` blocks: their content is kept (the portal shows every pivot) and the start
 * and end are marked by a note naming the condition. A marker line may sit inside a paragraph (no blank
 * line around it): the paragraph is cut there.
 */
export function convertZones(tree: Root, context: ConvertContext): void {
  let open: string | undefined;
  flatMapNodes(tree, (node) => {
    if (node.type !== 'paragraph') return undefined;
    const lines = linesOf(node.children);
    const markers = lines.map((line) => {
      const source = lineSource(line, context);
      return source === undefined ? undefined : zoneMarker(source);
    });
    if (markers.every((marker) => marker === undefined)) return undefined;
    const out: RootContent[] = [];
    let pending: PhrasingContent[][] = [];
    const flush = () => {
      if (pending.length)
        out.push({ ...node, children: pending.flatMap((l, i) => (i ? [text('\n'), ...l] : l)) } as Paragraph);
      pending = [];
    };
    lines.forEach((line, i) => {
      const marker = markers[i];
      if (!marker) return void pending.push(line);
      flush();
      out.push(markerNote(marker, open));
      open = marker.end ? undefined : `${marker.kind} ${marker.condition}`;
    });
    flush();
    return out;
  });
}
