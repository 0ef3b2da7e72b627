import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { linkContextFor } from '@/lib/articles/load';
import { remarkResolveLinks } from '@/lib/mdx/remark-resolve-links';
import { articleComponents } from './mdx-components';
import { routes } from '@/lib/routes';

type MdastContentProps = {
  /** Nodes taken from an article (a wizard step is a list item of its article). */
  nodes: readonly RootContent[];
  article: ArticleSlug;
};

/**
 * Renders part of an article's Markdown tree outside the article, with the article's components and
 * link rules (in-page anchors point back into the article).
 */
export function MdastContent({ nodes, article }: MdastContentProps) {
  const tree: Root = { type: 'root', children: structuredClone(nodes.map(unwrapListItem).flat()) };
  remarkResolveLinks({ ...linkContextFor(article), anchorBase: routes.article(article) })(tree);
  const hast = toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as HastRoot;
  return toJsxRuntime(jsxToElements(hast) as HastRoot, {
    Fragment,
    jsx,
    jsxs,
    components: articleComponents(article) as never,
  });
}

/**
 * `<Figure alt="…" />` and co. reach hast as MDX JSX nodes, which hast-util-to-jsx-runtime would only
 * evaluate with an evaluator. Their attributes are plain strings (the article syntax check enforces it),
 * so they become ordinary elements whose tag name is looked up in `components`.
 */
function jsxToElements(node: HastRoot | HastContent): HastRoot | HastContent {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const properties: Element['properties'] = {};
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
        properties[attribute.name] = attribute.value;
    }
    const element: Element = {
      type: 'element',
      tagName: node.name ?? 'div',
      properties,
      children: node.children.map((child) => jsxToElements(child) as ElementContent),
    };
    return element;
  }
  if ('children' in node) {
    return { ...node, children: node.children.map((child) => jsxToElements(child)) } as HastRoot | HastContent;
  }
  return node;
}

/** A list item's content stands on its own as a step. */
function unwrapListItem(node: RootContent): RootContent[] {
  return node.type === 'listItem' ? (node.children as RootContent[]) : [node];
}
