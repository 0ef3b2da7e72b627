import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError } from '@/lib/content-error';
import { splitFrontMatter } from '@/lib/front-matter';
import { remarkArticleSyntax } from '@/lib/mdx/article-syntax';
import { isDangerousUrl } from './links';

/** The build's reading of an article (lib/mdx/compile-article.ts): MDX, GFM. */
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Nodes MDX compiles to JavaScript: an article never holds one. */
const EXECUTABLE: Readonly<Record<string, string>> = {
  mdxjsEsm: 'import/export JavaScript',
  mdxFlowExpression: 'expression {…}',
  mdxTextExpression: 'expression {…}',
};

function refusal(node: Nodes): string | undefined {
  const executable = EXECUTABLE[node.type];
  if (executable) return `${executable} refusé(e) : un article ne contient que des données`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const expression = node.attributes.some((a) => a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string');
    if (expression)
      return `attribut calculé refusé sur <${node.name ?? ''}> : seules les chaînes littérales sont permises`;
  }
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isDangerousUrl(node.url))
    return `lien « ${node.url.slice(0, 40)} » refusé (javascript:, data: et vbscript: ne sont jamais gardés)`;
  return undefined;
}

/**
 * Defence in depth: the MDX the importer wrote, read back as the build reads it. Anything executable (ESM,
 * expressions, computed attributes), a dangerous link, or an element outside the portal's vocabulary
 * (lib/mdx/article-syntax.ts) refuses the article, naming the line of the MDX that was not written.
 */
export function verifyArticleMdx(mdx: string, file: string): void {
  const { body, bodyLine } = splitFrontMatter(mdx, file);
  let tree: Root;
  try {
    tree = mdxParser.parse('\n'.repeat(bodyLine - 1) + body);
  } catch (error) {
    const message = error as {
      place?: { line?: number; start?: { line?: number } };
      line?: number;
      reason?: string;
      message?: string;
    };
    // micromark's MDX errors carry their place in the message only (`… (9:1-9:22)`).
    const reason = message.reason ?? message.message ?? String(error);
    const line = message.place?.start?.line ?? message.place?.line ?? message.line ?? /\((\d+):\d+/.exec(reason)?.[1];
    throw new ContentError(file, line ? Number(line) : undefined, `MDX illisible : ${reason}`);
  }
  visit(tree, (node) => {
    const reason = refusal(node);
    if (reason) throw new ContentError(file, node.position?.start.line, reason);
  });
  remarkArticleSyntax({ file })(tree);
}
