import type { Html, Root, RootContent } from 'mdast';
import { flatMapNodes, type ConvertContext } from './mdast';

const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * HTML comments are not shown on Learn: removed, on one line, across lines or inside a sentence. A comment
 * that is never closed would hide the rest of the article (as it does on Learn, silently): the article is
 * refused at the line where it opens (inside a sentence it is text: kept, with a note). What an HTML block holds beside its comments stays, as HTML.
 */
export function removeComments(tree: Root, context: ConvertContext): void {
  flatMapNodes(tree, (node): RootContent[] | undefined => {
    // Inside a sentence, Markdown reads an unclosed `<!--` as text: it is shown, and said, as Learn hides the rest.
    if (node.type === 'text' && node.value.includes('<!--'))
      context.note(node, 'commentaire HTML non fermé (<!-- sans -->) : gardé comme texte, Learn masque la suite');
    if (node.type !== 'html' || !node.value.includes('<!--')) return undefined;
    const rest = node.value.replace(COMMENT, '');
    if (rest.includes('<!--'))
      context.fail(node, 'commentaire HTML non fermé (<!-- sans -->) : la suite de l’article serait perdue');
    return rest.trim() ? [{ ...node, value: rest.trim() } satisfies Html] : [];
  });
}
