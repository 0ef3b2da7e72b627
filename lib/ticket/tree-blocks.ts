/**
 * The articles' Markdown trees and content/tables as document blocks (`./blocks.ts`): the one conversion
 * that tickets, the articles' Markdown and the wizards' notes share. Runs on the server at build time;
 * nothing is read back from the rendered page.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { calloutLabel } from '@/lib/callouts';
import { resolveHref, type LinkContext } from '@/lib/links';
import { routes } from '@/lib/routes';
import { type Cell, type CodeTableId } from '@/lib/tables/code-tables';
import { dataTableComponent } from '@/lib/vocabulary/data-tables';
import type { Block, Inline } from './blocks';
import { getSite } from '@/lib/site/site';

export type Context = {
  /** Link rules of the article the nodes come from, `#anchor` pointing back into it. */
  links: LinkContext;
  /** 004's English originals: kept in the article's Markdown, left out of a ticket (French only). */
  englishOriginals: boolean;
};

const FIGURE_LABEL = 'Capture d’écran';

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

const contexts = new Map<string, Context>();

/** One context per article and purpose, so that converted nodes can be shared (see `blocks`). */
export function articleContext(slug: ArticleSlug, englishOriginals: boolean): Context {
  const key = `${slug}:${englishOriginals}`;
  const cached = contexts.get(key);
  if (cached) return cached;
  const ctx: Context = {
    links: { ...getSite().linkContext(slug), anchorBase: routes.article(slug) },
    englishOriginals,
  };
  contexts.set(key, ctx);
  return ctx;
}

export function inlines(nodes: readonly (PhrasingContent | RootContent)[], ctx: Context): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') });
        break;
      case 'inlineCode':
        out.push({ type: 'code', value: node.value });
        break;
      case 'strong':
      case 'emphasis':
        out.push({ type: node.type, children: inlines(node.children, ctx) });
        break;
      case 'delete':
        out.push(...inlines(node.children, ctx));
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'image':
        if (node.alt) out.push({ type: 'text', value: `${FIGURE_LABEL} : ${node.alt}` });
        break;
      case 'link': {
        const resolved = resolveHref(node.url, ctx.links);
        const children = inlines(node.children, ctx);
        // A link with no target (the seeds have a few) keeps its text.
        if (resolved.kind === 'none') out.push(...children);
        else out.push({ type: 'link', href: resolved.href, children });
        break;
      }
      case 'mdxJsxTextElement':
        if (node.name === 'br') out.push({ type: 'break' });
        else if (node.name === 'Figure')
          out.push({ type: 'text', value: `${FIGURE_LABEL} : ${attribute(node, 'alt')}` });
        else out.push(...inlines(node.children, ctx));
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * A section's ticket holds its subsections, which have tickets of their own: each node is converted
 * once per context and the same block objects are shared, so React sends them to the page only once.
 */
const converted = new WeakMap<Context, WeakMap<RootContent, Block[]>>();

export function blocks(nodes: readonly RootContent[], ctx: Context): Block[] {
  let cache = converted.get(ctx);
  if (!cache) converted.set(ctx, (cache = new WeakMap()));
  return nodes.flatMap((node) => {
    let done = cache.get(node);
    if (!done) cache.set(node, (done = nodeBlocks(node, ctx)));
    return done;
  });
}

function nodeBlocks(node: RootContent, ctx: Context): Block[] {
  const out: Block[] = [];
  switch (node.type) {
    case 'heading': {
      const id = node.data?.hProperties?.id;
      out.push({
        type: 'heading',
        depth: node.depth,
        ...(id ? { id: String(id) } : {}),
        children: inlines(node.children, ctx),
      });
      break;
    }
    case 'paragraph': {
      const children = inlines(node.children, ctx);
      if (children.some((child) => child.type !== 'break' && !(child.type === 'text' && !child.value.trim()))) {
        out.push({ type: 'paragraph', children });
      }
      break;
    }
    case 'list':
      out.push({
        type: 'list',
        ordered: Boolean(node.ordered),
        start: node.start ?? 1,
        items: node.children.map((item) => blocks(item.children, ctx)),
      });
      break;
    case 'listItem':
      out.push(...blocks(node.children, ctx));
      break;
    case 'code':
      out.push({ type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: node.value });
      break;
    case 'blockquote':
      out.push({ type: 'note', children: blocks(node.children, ctx) });
      break;
    case 'table': {
      const [head, ...rows] = node.children;
      out.push({
        type: 'table',
        header: head ? head.children.map((cell) => toString(cell).trim()) : [],
        rows: rows.map((row) => row.children.map((cell) => paragraphOf(inlines(cell.children, ctx)))),
      });
      break;
    }
    case 'mdxJsxFlowElement':
      out.push(...jsxBlocks(node, ctx));
      break;
    default:
      break;
  }
  return out;
}

function paragraphOf(children: Inline[]): Block[] {
  return children.length ? [{ type: 'paragraph', children }] : [];
}

/** The article vocabulary (lib/mdx/article-syntax.ts) as document blocks; tables come from content/tables. */
function jsxBlocks(node: MdxJsxFlowElement, ctx: Context): Block[] {
  const children = node.children as RootContent[];
  switch (node.name) {
    case 'Callout':
      return [{ type: 'note', label: calloutLabel(attribute(node, 'type')), children: blocks(children, ctx) }];
    case 'Figure':
      return [
        { type: 'paragraph', children: [{ type: 'text', value: `${FIGURE_LABEL} : ${attribute(node, 'alt')}` }] },
      ];
    case 'EnglishOriginal':
      if (!ctx.englishOriginals) return [];
      return [
        {
          type: 'note',
          label: 'Texte d’origine en anglais',
          lang: 'en',
          children: [
            {
              type: 'paragraph',
              children: [{ type: 'strong', children: [{ type: 'text', value: attribute(node, 'heading') }] }],
            },
            ...blocks(children, ctx),
          ],
        },
      ];
    case 'CodeTable':
      return [codeTableBlock(attribute(node, 'table') as CodeTableId)];
    default: {
      const table = dataTableComponent(node.name);
      if (!table) return blocks(children, ctx);
      const data = getSite().table(table.file);
      return table.ticketBlocks(data, (markdown) => cellBlocks([markdown], getSite().linkContext(data.source.article)));
    }
  }
}

/** A cell of content/tables (Markdown paragraphs) as blocks, with its article's link rules. */
export function cellBlocks(cell: Cell, links: LinkContext): Block[] {
  const ctx: Context = { links, englishOriginals: false };
  return cell.flatMap((paragraph) => blocks(getSite().cell(paragraph).children, ctx));
}

export function tableLinks(table: CodeTableId): LinkContext {
  const { article } = getSite().codeTable(table).source;
  return { ...getSite().linkContext(article), anchorBase: routes.article(article) };
}

/** A code table as one table block: a row group's lead cells repeat on each of its rows. */
export function codeTableBlock(table: CodeTableId): Block {
  const view = getSite().codeTable(table);
  const links = tableLinks(table);
  return {
    type: 'table',
    header: [...view.columns],
    rows: view.groups.flatMap((group) =>
      group.rows.map((cells) => [...group.lead, ...cells].map((cell) => cellBlocks(cell, links))),
    ),
  };
}
