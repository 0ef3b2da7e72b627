import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ConvertContext } from './mdast';

/** DocFX markers in a line once the known ones are handled (`[!VIDEO …]`, `:::row:::`…). */
export function unknownMarkers(line: string): string[] {
  const markers = [...line.matchAll(/\[!([A-Za-z-]+)/g)].map((m) => `[!${m[1]}]`);
  const directive = /^\s*:::\s*([a-z-]+)/i.exec(line);
  return directive ? [...markers, `:::${directive[1]}`] : markers;
}

/** Markers the importer does not know stay visible as text (Learn would show something there): reported. */
export function noteUnknownMarkers(tree: Root, context: ConvertContext): void {
  visit(tree, 'text', (node: Text) => {
    node.value.split('\n').forEach((line, offset) => {
      for (const marker of unknownMarkers(line))
        context.note(node, `marqueur ${marker} inconnu, gardé en texte`, offset);
    });
  });
}
