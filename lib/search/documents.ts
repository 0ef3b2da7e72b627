import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ARTICLE_SLUGS, PRODUCTS, type ArticleSlug } from '@/lib/articles/catalog';
import { loadArticle } from '@/lib/articles/load';
import { articleOutline } from '@/lib/articles/outline';
import { CONTENT_CODE_TABLES, CODE_TABLES, getCodeTable, type CodeTableId } from '@/lib/tables/code-tables';
import { loadTable } from '@/lib/tables/load';
import { WIZARD_IDS, type WizardId } from '@/lib/wizards/catalog';
import { loadWizard } from '@/lib/wizards/load';
import { routes } from '@/lib/routes';
import { extractSignals } from './signals';
import { loadThesaurus } from './thesaurus-file';
import type { SearchData, SearchDoc } from './types';

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Markdown of a data cell to the text a reader sees (inline code kept apart from the words around it). */
export function markdownToText(markdown: string): string {
  const into: Collected = { text: [], english: [] };
  collect(markdownParser.parse(markdown), into);
  return into.text.join(' ').replace(/\s+/g, ' ').trim();
}

function attribute(node: MdxJsxFlowElement, name: string): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

type Collected = { text: string[]; english: string[] };

/** Text of an article node for search. Code tables are left out: their rows are documents of their own. */
function collect(node: RootContent | Root, into: Collected): void {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const element = node as MdxJsxFlowElement;
    switch (element.name) {
      case 'CodeTable':
        return;
      case 'EnglishOriginal':
        into.english.push(attribute(element, 'heading'), toString(element));
        return;
      case 'Figure':
        into.text.push(attribute(element, 'alt'));
        return;
      case 'DeviceJoinStateTable': {
        const data = loadTable('device-join-states');
        into.text.push(...data.columns, ...data.rows.flatMap((row) => [row.from, row.to]));
        return;
      }
      case 'SensorUrlTable': {
        const data = loadTable('sensor-urls');
        into.text.push(...data.columns, ...data.rows.flatMap((row) => [row.location, ...row.hosts]));
        return;
      }
      case 'PortalUrlList':
        into.text.push(...loadTable('portal-urls').urls);
        return;
    }
  }
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'text') {
    into.text.push(node.value);
    return;
  }
  if ('children' in node) {
    for (const child of node.children as RootContent[]) collect(child, into);
    if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableCell') into.text.push('\n');
  }
}

function codes32(text: string): number[] {
  return extractSignals(text)
    .codes.filter((code) => code.kind === 'code32')
    .map((code) => code.value);
}

/** One document per section (split at every heading), with its breadcrumb and its English words. */
export function articleDocuments(slug: ArticleSlug): SearchDoc[] {
  const { meta } = loadArticle(slug);
  const { tree } = articleOutline(slug);
  const docs: SearchDoc[] = [];
  const trail: string[] = [];
  let current: { doc: SearchDoc; into: Collected } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.into.text
      .join(' ')
      .replace(/[ \t]*\n[ \t\n]*/g, '\n')
      .replace(/[ \t]+/g, ' ')
      .trim();
    current.doc.text = text;
    current.doc.english = [current.doc.english, ...current.into.english].join(' ').trim();
    current.doc.codes = codes32(text);
    if (current.doc.codes.length) current.doc.codeKind = 'code32';
    docs.push(current.doc);
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      flush();
      const title = toString(node).trim();
      const id = String(node.data?.hProperties?.id ?? '');
      trail.length = Math.max(0, node.depth - 1);
      const breadcrumb = node.depth === 1 ? [] : [meta.title, ...trail.slice(1).filter(Boolean)];
      trail[node.depth - 1] = title;
      current = {
        doc: {
          href: routes.section(slug, id),
          kind: 'section',
          title,
          breadcrumb,
          text: '',
          english: id.replace(/-/g, ' '),
          keywords: PRODUCTS[meta.product].label,
          codes: [],
          product: meta.product,
        },
        into: { text: [], english: [] },
      };
      continue;
    }
    if (current) collect(node, current.into);
  }
  flush();
  return docs;
}

/** One document per code-table row, linking to `/codes/<table>#<row id>`. */
export function codeRowDocuments(table: CodeTableId): SearchDoc[] {
  const view = getCodeTable(table);
  const { product } = loadArticle(view.source.article).meta;
  const facts = CODE_TABLES[table];
  return view.groups.map((group) => {
    const cells = [...group.lead, ...group.rows.flat()].map((cell) => cell.map(markdownToText).join('\n'));
    const firstText = markdownToText((group.rows[0]?.[0] ?? group.lead[2] ?? [''])[0] ?? '');
    return {
      href: routes.codeRow(table, group.id),
      kind: 'row',
      title: `${group.label} — ${table === 'intune' ? markdownToText(group.lead[2]?.[0] ?? '') : firstText}`,
      breadcrumb: [CODE_TABLES[table].title],
      text: cells.join('\n'),
      english: '',
      keywords: `${CODE_TABLES[table].title} ${CODE_TABLES[table].blurb}`,
      codes: group.codes,
      codeKind: facts.codeKind,
      table,
      product,
      ...('eventLog' in facts ? { eventLog: facts.eventLog } : {}),
    };
  });
}

/** The wizard's start (with its question) and each step of each path, linking to the step's URL. */
export function wizardDocuments(id: WizardId): SearchDoc[] {
  const wizard = loadWizard(id);
  const { product } = loadArticle(wizard.source.article).meta;
  const start: SearchDoc = {
    href: routes.wizardStep(wizard.shape, { kind: 'start' }),
    kind: 'step',
    title: `${wizard.title} — ${wizard.start.title}`,
    breadcrumb: ['Assistant'],
    text: `${wizard.start.text}\n${wizard.question.text}`,
    english: '',
    keywords: `assistant ${wizard.description}`,
    codes: [],
    product,
  };
  const steps = Object.values(wizard.paths).flatMap((path) =>
    path.steps.map((step): SearchDoc => ({
      href: routes.wizardStep(wizard.shape, { kind: 'step', path: path.key, step: step.number }),
      kind: 'step',
      title: `Étape ${step.number} — ${step.title}`,
      breadcrumb: [wizard.title, ...(wizard.branchParam ? [path.label] : []), ...(step.phase ? [step.phase] : [])],
      text: step.text,
      english: '',
      keywords: `assistant ${step.commands.join(' ')}`,
      codes: [],
      product,
    })),
  );
  return [start, ...steps];
}

/** Every document of the portal, in a stable order. */
export function buildSearchDocuments(): SearchDoc[] {
  return [
    ...CONTENT_CODE_TABLES.flatMap(codeRowDocuments),
    ...ARTICLE_SLUGS.flatMap(articleDocuments),
    ...WIZARD_IDS.flatMap(wizardDocuments),
  ];
}

/** What search needs, server and browser alike: the documents and the validated thesaurus. */
export function buildSearchData(): SearchData {
  return { documents: buildSearchDocuments(), thesaurus: loadThesaurus() };
}
