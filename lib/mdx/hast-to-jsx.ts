import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toJsxRuntime, type Components, type Fragment, type Jsx } from 'hast-util-to-jsx-runtime';
import { ContentError } from '@/lib/content-error';

/** The JSX runtime of the caller (React's, for pages): lib/ stays free of React. */
export type JsxRuntime = { Fragment: Fragment; jsx: Jsx; jsxs: Jsx };

/**
 * The article's tree to React elements, as data: every node becomes an element or a string, and the
 * vocabulary's JSX elements (`<Figure alt="…" />`) become their component with their literal attributes.
 *
 * Why nothing in an article can run, even a node the check (article-syntax.ts) would have missed: no
 * JavaScript is generated or evaluated here (no `evaluate`, no `new Function`, no `import`). MDX's `evaluate`
 * compiled the article to a program and ran it with Node's globals in reach; this walks the tree instead, and
 * hast-util-to-jsx-runtime, given no `createEvaluater`, throws on any ESM or `{expression}` node, on any
 * computed attribute and on any member name (`<a.b>`) rather than run it. An unknown element name stays a
 * plain tag, never a lookup in scope.
 */
export function hastToJsx(tree: Root, runtime: JsxRuntime & { components: Partial<Components>; file: string }) {
  try {
    return toJsxRuntime(jsxToElements(tree) as Root, {
      Fragment: runtime.Fragment,
      jsx: runtime.jsx,
      jsxs: runtime.jsxs,
      components: runtime.components,
    });
  } catch (error) {
    throw new ContentError(runtime.file, undefined, `rendu impossible : ${(error as Error).message}`);
  }
}

/**
 * `<Figure alt="…" />` and co. reach hast as MDX JSX nodes, which hast-util-to-jsx-runtime would look up as
 * identifiers in scope (it cannot without an evaluator). Their attributes are literal strings (the check
 * enforces it), so they become ordinary elements whose tag name is looked up in `components`. Any other
 * attribute is refused here again.
 */
function jsxToElements(node: Root | RootContent): Root | RootContent {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const properties: Element['properties'] = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
        throw new Error(`attribut calculé sur <${node.name ?? ''}> : seules les chaînes littérales sont permises`);
      }
      properties[attribute.name] = attribute.value ?? true;
    }
    const element: Element = {
      type: 'element',
      tagName: node.name ?? 'div',
      properties,
      children: node.children.map((child) => jsxToElements(child) as ElementContent),
      position: node.position,
    };
    return element;
  }
  if ('children' in node) {
    return { ...node, children: node.children.map((child) => jsxToElements(child)) } as Root | RootContent;
  }
  return node;
}
