import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ConvertContext } from './mdast';

const OPENING = /^(`{3,}|~{3,})/;

/** Whether the code block's last line closes its fence (a fence of the same character, at least as long). */
function isClosed(source: string, fence: string): boolean {
  const lines = source.split('\n');
  const last = lines
    .at(-1)!
    .replace(/^[\s>]*/, '')
    .trimEnd();
  return lines.length > 1 && last.length >= fence.length && [...last].every((c) => c === fence[0]);
}

/**
 * Code blocks, as CommonMark (and so MDX) reads them. An indented block (MDX has no indented code) is
 * written fenced, as `text`. A fence never closed would turn the rest of the article into code: refused
 * at its opening line; one closed by the end of its list item or quote is only noted.
 */
export function checkCode(tree: Root, context: ConvertContext): void {
  visit(tree, 'code', (node: Code) => {
    const source = context.sourceOf(node);
    const fence = OPENING.exec(source)?.[1];
    if (!fence) {
      node.lang ??= 'text';
      return;
    }
    if (isClosed(source, fence)) return;
    if (context.text.slice(node.position?.end.offset).trim() === '')
      context.fail(node, `bloc de code non fermé (${fence}) : la suite de l’article deviendrait du code`);
    context.note(node, `bloc de code non fermé (${fence}), fermé par la fin de son bloc`);
  });
}
