/**
 * Builds the portal's units (sections, code-table rows, wizard steps) and whole articles as document
 * trees (`./blocks.ts`) from the content itself: the articles' Markdown trees and content/tables. Runs
 * on the server at build time; nothing is read back from the rendered page.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ARTICLE_SLUGS, type ArticleSlug } from '@/lib/articles/catalog';
import { linkContextFor, loadArticle } from '@/lib/articles/load';
import { articleOutline } from '@/lib/articles/outline';
import { calloutLabel } from '@/lib/callouts';
import { formatFrenchDate } from '@/lib/format';
import { resolveHref, type LinkContext } from '@/lib/links';
import { learnEnglishUrl, routes, SEARCH_QUERY_PARAM } from '@/lib/routes';
import {
  CONTENT_CODE_TABLES,
  getCodeTable,
  type Cell,
  type CodeTableGroup,
  type CodeTableId,
} from '@/lib/tables/code-tables';
import { loadTable } from '@/lib/tables/load';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import type { WizardDefinition } from '@/lib/wizards/load';
import { loadWizard } from '@/lib/wizards/load';
import type { WizardState } from '@/lib/wizards/state';
import { stepsOf } from '@/lib/wizards/view';
import { blocksToMarkdown, type Block, type Inline } from './blocks';
import type { TicketUnit } from './ticket';

type Context = {
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
function articleContext(slug: ArticleSlug, englishOriginals: boolean): Context {
  const key = `${slug}:${englishOriginals}`;
  const cached = contexts.get(key);
  if (cached) return cached;
  const ctx: Context = { links: { ...linkContextFor(slug), anchorBase: routes.article(slug) }, englishOriginals };
  contexts.set(key, ctx);
  return ctx;
}

// ---------------------------------------------------------------------------------------------------
// Markdown tree → blocks

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
    case 'DeviceJoinStateTable': {
      const data = loadTable('device-join-states');
      const links = linkContextFor(data.source.article);
      return [
        {
          type: 'table',
          header: [...data.columns],
          rows: data.rows.map((row) => [cellBlocks([row.from], links), cellBlocks([row.to], links)]),
        },
      ];
    }
    case 'SensorUrlTable': {
      const data = loadTable('sensor-urls');
      return [
        {
          type: 'table',
          header: [...data.columns],
          rows: data.rows.map((row) => [
            paragraphOf([{ type: 'text', value: row.location }]),
            [
              {
                type: 'list',
                ordered: false,
                start: 1,
                items: row.hosts.map((host) => paragraphOf([{ type: 'code', value: host }])),
              },
            ],
          ]),
        },
      ];
    }
    case 'PortalUrlList':
      return [
        {
          type: 'list',
          ordered: false,
          start: 1,
          items: loadTable('portal-urls').urls.map((url) => paragraphOf([{ type: 'code', value: url }])),
        },
      ];
    default:
      return blocks(children, ctx);
  }
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** A cell of content/tables (Markdown paragraphs) as blocks, with its article's link rules. */
export function cellBlocks(cell: Cell, links: LinkContext): Block[] {
  const ctx: Context = { links, englishOriginals: false };
  return cell.flatMap((paragraph) => blocks((markdownParser.parse(paragraph) as Root).children, ctx));
}

function tableLinks(table: CodeTableId): LinkContext {
  const { article } = getCodeTable(table).source;
  return { ...linkContextFor(article), anchorBase: routes.article(article) };
}

/** A code table as one table block: a row group's lead cells repeat on each of its rows. */
export function codeTableBlock(table: CodeTableId): Block {
  const view = getCodeTable(table);
  const links = tableLinks(table);
  return {
    type: 'table',
    header: [...view.columns],
    rows: view.groups.flatMap((group) =>
      group.rows.map((cells) => [...group.lead, ...cells].map((cell) => cellBlocks(cell, links))),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------
// Units

/** The nodes of a section: its heading's followers up to the next heading of its level or higher. */
function sectionRange(
  slug: ArticleSlug,
  id: string,
): { heading: Extract<RootContent, { type: 'heading' }>; nodes: RootContent[] } | undefined {
  const { tree } = articleOutline(slug);
  const start = tree.children.findIndex((node) => {
    if (node.type !== 'heading') return false;
    const properties = node.data?.hProperties ?? {};
    return properties.id === id || properties['data-alias'] === id;
  });
  const heading = tree.children[start];
  if (!heading || heading.type !== 'heading') return undefined;
  const nodes: RootContent[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    nodes.push(node);
  }
  return { heading, nodes };
}

function sectionTitle(slug: ArticleSlug, id: string): string {
  return articleOutline(slug).headings.find((heading) => heading.id === id)?.text ?? '';
}

/** An article section (and its subsections) for the ticket. */
export function sectionTicket(slug: ArticleSlug, id: string): TicketUnit | undefined {
  const range = sectionRange(slug, id);
  if (!range) return undefined;
  const { meta } = loadArticle(slug);
  return {
    title: toString(range.heading).trim(),
    path: routes.section(slug, String(range.heading.data?.hProperties?.id ?? id)),
    blocks: blocks(range.nodes, articleContext(slug, false)),
    source: { title: meta.title, path: routes.article(slug), date: meta.sourceDate },
  };
}

/** A field of a row: « Message : … » on one line, or its label above a longer text. */
function field(label: string, cell: Block[]): Block[] {
  const [first, ...rest] = cell;
  const name: Inline = { type: 'strong', children: [{ type: 'text', value: `${label} :` }] };
  if (first?.type === 'paragraph')
    return [{ type: 'paragraph', children: [name, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
  return [{ type: 'paragraph', children: [name] }, ...cell];
}

/** A code-table row for the ticket: each column named, in the table's order. */
export function codeRowTicket(table: CodeTableId, group: CodeTableGroup): TicketUnit {
  const view = getCodeTable(table);
  const links = tableLinks(table);
  const { meta } = loadArticle(view.source.article);
  const leadCount = group.lead.length;
  const body: Block[] = group.lead.flatMap((cell, i) => field(view.columns[i] ?? '', cellBlocks(cell, links)));
  group.rows.forEach((cells, rowIndex) => {
    if (group.rows.length > 1)
      body.push({
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: `Cas ${rowIndex + 1} sur ${group.rows.length}` }] },
        ],
      });
    cells.forEach((cell, i) => body.push(...field(view.columns[leadCount + i] ?? '', cellBlocks(cell, links))));
  });
  return {
    title: `${view.title} — ${group.label}`,
    path: routes.codeRow(table, group.id),
    blocks: body,
    source: {
      title: `${meta.title} › ${sectionTitle(view.source.article, view.source.anchor)}`,
      path: routes.section(view.source.article, view.source.anchor),
      date: meta.sourceDate,
    },
  };
}

/** The place of a wizard the agent is on (start, step, outcome) for the ticket. */
export function wizardTicket(definition: WizardDefinition, state: WizardState): TicketUnit {
  const { source } = definition;
  const { meta } = loadArticle(source.article);
  const ctx = articleContext(source.article, false);
  const steps = stepsOf(definition, state);
  let title = `${definition.title} — ${definition.start.title}`;
  let nodes: RootContent[] = definition.start.nodes;
  if (state.kind === 'step') {
    const step = steps[state.step - 1];
    const intro = state.step === 1 ? definition.paths[state.path]?.intro : undefined;
    title = `${definition.title} — Étape ${state.step} sur ${steps.length} : ${step?.title ?? ''}`;
    nodes = [...(intro ? [intro] : []), ...((step?.content.children ?? []) as RootContent[])];
  } else if (state.kind === 'outcome') {
    const outcome = definition.outcomes[state.outcome];
    title = `${definition.title} — ${outcome?.title ?? ''}`;
    nodes = outcome ? [outcome.node] : [];
  }
  return {
    title,
    path: routes.wizardStep(definition.shape, state),
    blocks: blocks(nodes, ctx),
    source: {
      title: `${meta.title} › ${sectionTitle(source.article, source.anchor)}`,
      path: routes.section(source.article, source.anchor),
      date: meta.sourceDate,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Whole documents for AI assistants

/** The article as clean Markdown: its tree with headings as `## Title {#anchor}`, tables from the data. */
export function articleMarkdown(slug: ArticleSlug): string {
  const { meta } = loadArticle(slug);
  const { tree } = articleOutline(slug);
  const ctx = articleContext(slug, true);
  const body = blocks(tree.children, ctx);
  const firstHeading = body.findIndex((block) => block.type === 'heading' && block.depth === 1);
  const provenance: Block = {
    type: 'paragraph',
    children: [
      { type: 'text', value: `Source : Microsoft Learn, version du ${formatFrenchDate(meta.sourceDate)} — ` },
      { type: 'link', href: meta.learnUrl, children: [{ type: 'text', value: 'article en français' }] },
      { type: 'text', value: ', ' },
      {
        type: 'link',
        href: learnEnglishUrl(meta.learnUrl),
        children: [{ type: 'text', value: 'original en anglais' }],
      },
      { type: 'text', value: '. Portail : ' },
      { type: 'link', href: routes.article(slug), children: [{ type: 'text', value: routes.article(slug) }] },
    ],
  };
  body.splice(firstHeading + 1, 0, provenance);
  return `${blocksToMarkdown(body)}\n`;
}

/** `/llms.txt` (llmstxt.org): the portal in one Markdown page, one line per article, code table and wizard. */
export function llmsTxt(): string {
  const line = (title: string, href: string, description: string) =>
    `- [${title}](${href}): ${description.replace(/\s+/g, ' ').trim()}`;
  return [
    '# Portail de dépannage — Defender pour point de terminaison et Azure ATP',
    '',
    '> Résolutions des erreurs d’intégration de Microsoft Defender pour point de terminaison et d’Azure ATP (Defender pour Identity), pour le support : les articles de Microsoft Learn en français, leurs tables de codes et des assistants pas à pas. Chaque section, ligne de table et étape a son lien direct.',
    '',
    `Les articles sont aussi servis en Markdown (\`/articles/<slug>.md\`). Recherche : \`${routes.search('')}?${SEARCH_QUERY_PARAM}=<texte>\`.`,
    '',
    '## Articles',
    '',
    ...ARTICLE_SLUGS.map((slug) => {
      const { meta } = loadArticle(slug);
      return line(meta.title, routes.articleMarkdown(slug), meta.description);
    }),
    '',
    '## Tables de codes',
    '',
    ...CONTENT_CODE_TABLES.map((id) => {
      const view = getCodeTable(id);
      return line(view.title, routes.codeTable(id), view.blurb);
    }),
    '',
    '## Assistants',
    '',
    ...WIZARD_IDS.map((id) => {
      const wizard = loadWizard(id);
      return line(wizard.title, routes.wizard(id), wizard.description);
    }),
    '',
  ].join('\n');
}
