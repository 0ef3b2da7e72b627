import type { Root, RootContent } from 'mdast';
import { flatMapNodes, isFlowParent, text, type ConvertContext } from './mdast';

const HTML_ELEMENTS = new Set(
  'a abbr b blockquote code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i iframe img kbd li ol p pre s script small span strong style sub sup table tbody td th thead tr u ul video'.split(
    ' ',
  ),
);

/** HTML elements in a piece of HTML. Placeholders such as `<Access Key>` or `<your-instance-name>` are text. */
export function htmlElements(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)(?=[\s>/])[^>]*>/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => HTML_ELEMENTS.has(tag));
}

/**
 * HTML left once the known constructs are handled (`<sup>`, `<div>`, placeholders) is shown as the text it
 * is: in a sentence as text, alone as a paragraph. It never reaches MDX as markup; elements are reported
 * once per line.
 */
export function htmlAsText(tree: Root, context: ConvertContext): void {
  const reported = new Set<string>();
  flatMapNodes(tree, (node, parent): RootContent[] | undefined => {
    if (node.type !== 'html') return undefined;
    for (const tag of htmlElements(node.value)) {
      const at = context.origin(node);
      const key = `${at.file}:${at.line}:${tag}`;
      if (!reported.has(key)) context.note(node, `balise HTML <${tag}> inconnue, gardée en texte`);
      reported.add(key);
    }
    const shown = { ...text(node.value), position: node.position };
    return [isFlowParent(parent) ? { type: 'paragraph', children: [shown], position: node.position } : shown];
  });
}
