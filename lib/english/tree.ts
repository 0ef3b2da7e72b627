/**
 * The English originals as Markdown trees (mdast), the model the French is rendered from: the article pages
 * render them with the article's components (`components/article/mdast-content.tsx`), tickets and the `.md`
 * export convert them to blocks (`lib/ticket/tree-blocks.ts`). The alignment itself is `./align.ts`.
 *
 * Learn's DocFX Markdown is read with the same parser as the content's tables (remark + GFM) and brought to
 * the articles' vocabulary: `> [!NOTE]` becomes a `Callout`, an image (`![…]`, `:::image:::`) a `Figure` with
 * its alt text (the files are not here), `[!INCLUDE]` lines and raw HTML are dropped (`<br>` and `<p>` read as
 * line breaks), links to other Learn pages go to Learn in English. Imported text is data: nothing here runs.
 */
import type { PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { CALLOUT_LABELS } from '@/lib/callouts';
import { resolveHref, type LinkContext } from '@/lib/links';
import { getSite } from '@/lib/site/site';
import { learnEnglishUrl } from '@/lib/routes';
import { codesOfCell, englishArticle, type EnglishRow } from './align';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Lines Learn's build expands or draws and that say nothing here: includes, `****` rules, lone `|` or `<br>`. */
const DROPPED_LINE = /^\s*(?:\[!INCLUDE\b.*\]|\*{3,}|\||<br\s*\/?>)\s*$/i;
/** DocFX's image extension: `:::image type="content" source="…" alt-text="…":::`. */
const DOCFX_IMAGE = /:::image\b[^:]*?alt-text="([^"]*)"[^:]*:::/g;
const LINE_BREAK_HTML = /^<\/?(?:br|p)\s*\/?>$/i;
const ALERT = /^\[!([A-Za-z]+)\]\s*/;

function figure(alt: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Figure',
    attributes: [{ type: 'mdxJsxAttribute', name: 'alt', value: alt }],
    children: [],
  };
}

/** A table is the coded table of its section when one of its rows names a code (its rows align on their own). */
function isCodedTable(table: Table): boolean {
  return table.children
    .slice(1)
    .some((row) => codesOfCell(toString(row.children[0] ?? { type: 'text', value: '' })).length > 0);
}

/** Phrasing content: raw HTML dropped (`<br>`, `<p>` become breaks), images become their alt text, links resolved. */
function phrasing(nodes: readonly PhrasingContent[], links: LinkContext): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'html':
        return LINE_BREAK_HTML.test(node.value.trim()) ? [{ type: 'break' }] : [];
      case 'image':
        return node.alt ? [{ type: 'emphasis', children: [{ type: 'text', value: node.alt }] }] : [];
      case 'link': {
        const resolved = resolveHref(node.url, links);
        const children = phrasing(node.children, links);
        if (resolved.kind === 'none') return children;
        // Another Learn page: its English version, like the text around it.
        const url = resolved.kind === 'learn' ? learnEnglishUrl(resolved.href) : node.url;
        return [{ ...node, url, children }];
      }
      default:
        return 'children' in node
          ? [{ ...node, children: phrasing(node.children as PhrasingContent[], links) } as PhrasingContent]
          : [node];
    }
  });
}

/** Flow content brought to the articles' vocabulary; `dropCodedTables` leaves out tables whose rows align by code. */
function flow(nodes: readonly RootContent[], links: LinkContext, dropCodedTables: boolean): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    switch (node.type) {
      case 'html':
      case 'definition':
        return [];
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === 'image') return [figure(only.alt ?? '')];
        const children = phrasing(node.children, links);
        const meaningful = children.some((child) => child.type !== 'break' && toString(child).trim() !== '');
        return meaningful ? [{ ...node, children }] : [];
      }
      case 'heading':
        return [{ ...node, children: phrasing(node.children, links) }];
      case 'blockquote': {
        const [first, ...rest] = node.children;
        const marker =
          first?.type === 'paragraph' && first.children[0]?.type === 'text'
            ? ALERT.exec(first.children[0].value)
            : null;
        const type = marker?.[1]?.toLowerCase();
        if (!marker || !type || !Object.hasOwn(CALLOUT_LABELS, type) || first?.type !== 'paragraph')
          return [{ ...node, children: flow(node.children, links, dropCodedTables) as typeof node.children }];
        const [lead, ...leadRest] = first.children as [
          Extract<PhrasingContent, { type: 'text' }>,
          ...PhrasingContent[],
        ];
        const remainder = lead.value.slice(marker[0].length);
        const body: RootContent[] = [
          { type: 'paragraph', children: [...(remainder ? [{ ...lead, value: remainder }] : []), ...leadRest] },
          ...rest,
        ];
        return [
          {
            type: 'mdxJsxFlowElement',
            name: 'Callout',
            attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: type }],
            children: flow(body, links, dropCodedTables) as MdxJsxFlowElement['children'],
          },
        ];
      }
      case 'list':
        return [
          {
            ...node,
            children: node.children.map((item) => ({
              ...item,
              children: flow(item.children, links, dropCodedTables) as typeof item.children,
            })),
          },
        ];
      case 'table':
        if (dropCodedTables && isCodedTable(node)) return [];
        return [
          {
            ...node,
            children: node.children.map((row) => ({
              ...row,
              children: row.children.map((cell) => ({ ...cell, children: phrasing(cell.children, links) })),
            })),
          },
        ];
      default:
        return [node];
    }
  });
}

/** DocFX Markdown to the articles' tree vocabulary (see the header). */
export function englishMarkdownTree(markdown: string, links: LinkContext, dropCodedTables = true): RootContent[] {
  const text = markdown
    .split(/\r?\n/)
    .filter((line) => !DROPPED_LINE.test(line))
    .join('\n')
    .replace(DOCFX_IMAGE, (_, alt: string) => `![${alt.replace(/[[\]\\]/g, '')}](image)`);
  return flow((parser.parse(text) as Root).children, links, dropCodedTables);
}

const englishLinks = (slug: ArticleSlug): LinkContext => getSite().linkContext(slug);

export type EnglishSectionTree = {
  /** The English heading, as Learn writes it. */
  heading: string;
  nodes: RootContent[];
  /** The section's table aligns row by row: each row's original is under that row. */
  rowsApart: boolean;
};

const sectionTrees = new Map<string, EnglishSectionTree | undefined>();

/**
 * The English original of a section (its own text, up to the next heading), or nothing when none aligns.
 * Read once: the page, the section's ticket and its parent's share the same nodes.
 */
export function englishSectionTree(slug: ArticleSlug, anchor: string): EnglishSectionTree | undefined {
  const key = `${slug}#${anchor}`;
  if (!sectionTrees.has(key)) sectionTrees.set(key, readSection(slug, anchor));
  return sectionTrees.get(key);
}

function readSection(slug: ArticleSlug, anchor: string): EnglishSectionTree | undefined {
  const section = englishArticle(slug)?.source.get(anchor);
  if (!section) return undefined;
  const nodes = englishMarkdownTree(section.markdown, englishLinks(slug));
  const rowsApart = (englishArticle(slug)?.rowSource.get(anchor)?.size ?? 0) > 0;
  if (!nodes.length && !rowsApart) return undefined;
  return { heading: section.heading, nodes, rowsApart };
}

/** One English row as fields (« Event ID: `15` », « Resolution steps: … »), each cell as written. */
function rowNodes(row: EnglishRow, links: LinkContext): RootContent[] {
  return row.cells.flatMap((cell, i) => {
    if (!cell.trim()) return [];
    const name: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: `${row.header[i] ?? ''}:` }] };
    // `<p>` separates paragraphs in a cell, `<br>` lines.
    const parts = cell
      .split(/<\/?p\s*\/?>/i)
      .map((part) => part.replace(/<br\s*\/?>/gi, '  \n').trim())
      .filter(Boolean);
    const paragraphs = parts.flatMap((part) => englishMarkdownTree(part, links, false));
    const [first, ...rest] = paragraphs;
    if (first?.type === 'paragraph')
      return [{ ...first, children: [name, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
    return [{ type: 'paragraph', children: [name] }, ...paragraphs];
  });
}

/**
 * The English original of a table row: the English rows of each of its codes, code by code (the SCP table
 * groups its statuses differently in English), each English row once. Nothing when no code aligns.
 */
export function englishRowTree(slug: ArticleSlug, anchor: string, codes: readonly number[]): RootContent[] | undefined {
  const byCode = englishArticle(slug)?.rowSource.get(anchor);
  const rows = [...new Set(codes.flatMap((code) => byCode?.get(code) ?? []))];
  if (!rows.length) return undefined;
  const links = englishLinks(slug);
  return rows.flatMap((row, i) => [...(i ? [{ type: 'thematicBreak' } as RootContent] : []), ...rowNodes(row, links)]);
}

/** Whether an article has its English source: it then supersedes the originals written into the article (004). */
export function hasEnglishSource(slug: ArticleSlug): boolean {
  return englishArticle(slug) !== undefined;
}
