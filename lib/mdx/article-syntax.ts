import type { Heading, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { ContentError, contentErrorsOf, throwContentErrors } from '@/lib/content-error';
import { unsafeUrlScheme } from '@/lib/links';
import { KNOWN_CODE_TABLES } from '@/lib/tables/code-tables-meta';
import { DATA_TABLE_COMPONENTS } from '@/lib/vocabulary/data-tables';

/**
 * The node types an article's tree may hold: Markdown, GFM and the JSX elements of the vocabulary below.
 * Everything else is refused, first of all what MDX would run as JavaScript: `import`/`export` (mdxjsEsm) and
 * `{expressions}` (in flow, in text, and as attribute values or spreads, checked on the elements). The page
 * is rendered without an evaluator (lib/mdx/hast-to-jsx.ts), so this check is the first of two walls.
 */
const ARTICLE_NODES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'table',
  'tableRow',
  'tableCell',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

const NOT_CODE = 'le contenu est du texte, jamais du code';
const EXPRESSION = `expression « {…} » interdite dans un article : ${NOT_CODE} (une accolade s’écrit \\{)`;
const REFUSED_NODES: Readonly<Record<string, string>> = {
  mdxjsEsm: `« import » et « export » sont interdits dans un article : ${NOT_CODE}`,
  mdxFlowExpression: EXPRESSION,
  mdxTextExpression: EXPRESSION,
  html: 'HTML brut interdit dans un article',
};
const URL_NODES: Readonly<Record<string, (scheme: string) => string>> = {
  link: (scheme) => `lien « ${scheme}: » refusé`,
  image: (scheme) => `image « ${scheme}: » refusée`,
  definition: (scheme) => `définition de lien « ${scheme}: » refusée`,
};

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
  ...Object.fromEntries(DATA_TABLE_COMPONENTS.map((component) => [component.name, component.attributes])),
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
 * Checks an article's tree and turns `<h2 id="x">Titre</h2>` into a real Markdown heading with that id, so
 * that headings get the portal's heading component (copy-link) and the table of contents. Every problem of
 * the file is reported, each with its line, not only the first.
 */
export function remarkArticleSyntax(options: { file: string }) {
  return (tree: Root) => {
    const problems: ContentError[] = [];
    const report = (node: { position?: { start: { line: number } } }, reason: string) => {
      problems.push(new ContentError(options.file, node.position?.start.line, reason));
    };
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
      if (!id || !ID.test(id)) {
        report(node, `id manquant ou invalide sur <${node.name}> (minuscules, chiffres, tirets et soulignés)`);
      } else if (ids.has(id)) report(node, `id « ${id} » en double`);
      else ids.add(id);
    };
    /** Whether the element and its attributes belong to the vocabulary; reports what does not. */
    const known = (node: JsxElement): boolean => {
      const name = node.name ?? '';
      const allowed = ARTICLE_ELEMENTS[name];
      if (!allowed) {
        report(node, `élément <${name || 'fragment'}> inconnu dans un article`);
        return false;
      }
      const before = problems.length;
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(node, `attributs calculés « {…} » interdits sur <${name}> : ${NOT_CODE}`);
          continue;
        }
        const rule = allowed[attribute.name];
        if (!rule) report(node, `attribut « ${attribute.name} » non autorisé sur <${name}>`);
        else if (typeof attribute.value !== 'string') {
          report(node, `<${name} ${attribute.name}> doit être une chaîne littérale entre guillemets : ${NOT_CODE}`);
        } else if (rule !== 'text' && !rule.includes(attribute.value)) {
          report(node, `<${name} ${attribute.name}="${attribute.value}"> : valeurs permises ${rule.join(', ')}`);
        }
      }
      if (problems.length > before) return false;
      for (const attribute of Object.keys(allowed)) {
        if (attributeValue(node, attribute) === undefined) {
          report(node, `attribut « ${attribute} » manquant sur <${name}>`);
          return false;
        }
      }
      return true;
    };
    visit(tree, (node, index, parent) => {
      if (!ARTICLE_NODES.has(node.type)) {
        report(node, REFUSED_NODES[node.type] ?? `élément de syntaxe « ${node.type} » non autorisé dans un article`);
        return SKIP;
      }
      const scheme = 'url' in node && typeof node.url === 'string' ? unsafeUrlScheme(node.url) : undefined;
      if (scheme) {
        report(
          node,
          `${URL_NODES[node.type]?.(scheme)} : javascript:, vbscript: et data: exécutent du code ou ouvrent un ` +
            `document ; ${NOT_CODE}`,
        );
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!known(node)) return;
      const name = node.name ?? '';
      if (name === 'AnchorAlias') {
        // The alias names the section that follows: it is carried by the next heading.
        const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
        if (!next || next.type !== 'mdxJsxFlowElement' || !HEADING.test(next.name ?? '')) {
          report(node, '<AnchorAlias> doit précéder directement un titre');
          return;
        }
        const id = attributeValue(node, 'id');
        claim(node, id);
        next.data = { ...next.data, aliasId: id } as typeof next.data;
        parent?.children.splice(index as number, 1);
        return index;
      }
      // An anchor inside a section (Learn's `<a name>` outside a heading): its id must be unique too.
      if (name === 'Anchor') claim(node, attributeValue(node, 'id'));
      if (node.type === 'mdxJsxTextElement' && HEADING.test(name)) {
        report(node, `<${name}> doit être seul sur sa ligne, suivi d’une ligne vide`);
        return;
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
    throwContentErrors(problems);
  };
}

/**
 * An article's MDX body as its checked Markdown tree: the one parse of an article, shared by the page, the
 * table of contents, search, tickets and wizards. MDX syntax errors and refusals name the file and line.
 */
export function parseArticleBody(body: string, file: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkArticleSyntax, { file });
  try {
    return processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    if (contentErrorsOf(error).length > 0) throw error;
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    throw new ContentError(file, line ?? undefined, `MDX illisible : ${reason ?? message ?? String(error)}`);
  }
}
