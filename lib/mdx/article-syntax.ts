import type { Heading, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ContentError } from '@/lib/content-error';
import { KNOWN_CODE_TABLES } from '@/lib/tables/code-tables-meta';

/**
 * The MDX vocabulary of content/articles: which JSX elements an article may use and with which
 * attributes. Anything else fails the build with the file and line, instead of a blank component.
 */
const ARTICLE_ELEMENTS: Readonly<Record<string, Readonly<Record<string, readonly string[] | 'text'>>>> = {
  h1: { id: 'text' },
  h2: { id: 'text' },
  h3: { id: 'text' },
  h4: { id: 'text' },
  br: {},
  AnchorAlias: { id: 'text' },
  Anchor: { id: 'text' },
  Callout: { type: ['note', 'important', 'tip', 'warning', 'caution'] },
  Figure: { alt: 'text' },
  CodeTable: { table: KNOWN_CODE_TABLES },
  DeviceJoinStateTable: {},
  SensorUrlTable: {},
  PortalUrlList: {},
  EnglishOriginal: { heading: 'text' },
};

const HEADING = /^h([1-4])$/;
const ID = /^[a-z0-9][a-z0-9_-]*$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attributeValue(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function aliasOf(node: JsxElement): string | undefined {
  return (node.data as { aliasId?: string } | undefined)?.aliasId;
}

/**
 * Checks the JSX of an article and turns `<h2 id="x">Titre</h2>` into a real Markdown heading with that
 * id, so that headings get the portal's heading component (copy-link) and the table of contents.
 */
export function remarkArticleSyntax(options: { file: string }) {
  const fail = (node: { position?: { start: { line: number } } }, reason: string): never => {
    throw new ContentError(options.file, node.position?.start.line, reason);
  };
  return (tree: Root) => {
    // A one-line `<h3 id>…</h3>` may be parsed as a paragraph holding a text element: unwrap it.
    visit(tree, 'paragraph', (node, index, parent) => {
      const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const [first] = only;
      if (
        only.length === 1 &&
        first?.type === 'mdxJsxTextElement' &&
        HEADING.test(first.name ?? '') &&
        parent &&
        index !== undefined
      ) {
        parent.children.splice(index, 1, { ...first, type: 'mdxJsxFlowElement' } as MdxJsxFlowElement);
      }
    });
    const ids = new Set<string>();
    const claim = (node: JsxElement, id: string | undefined) => {
      if (!id || !ID.test(id))
        fail(node, `id manquant ou invalide sur <${node.name}> (minuscules, chiffres, tirets et soulignés)`);
      if (ids.has(id as string)) fail(node, `id « ${id} » en double`);
      ids.add(id as string);
    };
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      const allowed = ARTICLE_ELEMENTS[name];
      if (!allowed) return fail(node, `élément <${name || 'fragment'}> inconnu dans un article`);
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') return fail(node, `expression non autorisée dans <${name}>`);
        const rule = allowed[attribute.name];
        if (!rule) return fail(node, `attribut « ${attribute.name} » non autorisé sur <${name}>`);
        if (typeof attribute.value !== 'string') return fail(node, `<${name} ${attribute.name}> doit être une chaîne`);
        if (rule !== 'text' && !rule.includes(attribute.value)) {
          return fail(node, `<${name} ${attribute.name}="${attribute.value}"> : valeurs permises ${rule.join(', ')}`);
        }
      }
      for (const name of Object.keys(allowed)) {
        if (attributeValue(node, name) === undefined && node.name !== 'br') {
          return fail(node, `attribut « ${name} » manquant sur <${node.name}>`);
        }
      }
      if (node.name === 'AnchorAlias') {
        // The alias names the section that follows: it is carried by the next heading.
        const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
        if (!next || next.type !== 'mdxJsxFlowElement' || !HEADING.test(next.name ?? '')) {
          return fail(node, '<AnchorAlias> doit précéder directement un titre');
        }
        const id = attributeValue(node, 'id');
        claim(node, id);
        next.data = { ...next.data, aliasId: id } as typeof next.data;
        parent?.children.splice(index as number, 1);
        return index;
      }
      // An anchor inside a section (Learn's `<a name>` outside a heading): its id must be unique too.
      if (node.name === 'Anchor') claim(node, attributeValue(node, 'id'));
      if (node.type === 'mdxJsxTextElement' && HEADING.test(name)) {
        return fail(node, `<${name}> doit être seul sur sa ligne, suivi d’une ligne vide`);
      }
      const level = HEADING.exec(name);
      if (level && parent && index !== undefined) {
        const id = attributeValue(node, 'id');
        claim(node, id);
        const heading: Heading = {
          type: 'heading',
          depth: Number(level[1]) as Heading['depth'],
          children: node.children as Heading['children'],
          data: { hProperties: aliasOf(node) ? { id, 'data-alias': aliasOf(node) } : { id } },
          position: node.position,
        };
        parent.children.splice(index, 1, heading as never);
      }
    });
  };
}
