import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { ARTICLE_SLUGS, PRODUCTS, searchProduct, type ArticleSlug } from '@/lib/articles/catalog';
import { CONTENT_CODE_TABLES, CODE_TABLES, type CodeTableId } from '@/lib/tables/code-tables';
import { WIZARD_IDS, type WizardId } from '@/lib/wizards/catalog';
import { routes } from '@/lib/routes';
import { dataTableComponent } from '@/lib/vocabulary/data-tables';
import { englishRowText, englishSectionText } from './english';
import { extractSignals } from './signals';
import { loadThesaurus } from './thesaurus-file';
import type { SearchData, SearchDoc } from './types';
import { getSite } from '@/lib/site/site';

/** Markdown of a data cell to the text a reader sees (inline code kept apart from the words around it). */
export function markdownToText(markdown: string): string {
  const into: Collected = { text: [], english: [] };
  collect(getSite().cell(markdown), into);
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
    const table = dataTableComponent(element.name);
    if (table) {
      into.text.push(...table.searchText(getSite().table(table.file)));
      return;
    }
    switch (element.name) {
      case 'CodeTable':
        return;
      case 'EnglishOriginal':
        into.english.push(attribute(element, 'heading'), toString(element));
        return;
      case 'Figure':
        into.text.push(attribute(element, 'alt'));
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
  const { meta } = getSite().article(slug);
  const { tree } = getSite().article(slug);
  const docs: SearchDoc[] = [];
  const trail: string[] = [];
  let current: { doc: SearchDoc; into: Collected; englishOriginal: string } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.into.text
      .join(' ')
      .replace(/[ \t]*\n[ \t\n]*/g, '\n')
      .replace(/[ \t]+/g, ' ')
      .trim();
    current.doc.text = text;
    current.doc.english = [current.doc.english, ...current.into.english, current.englishOriginal].join(' ').trim();
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
          product: searchProduct(meta.product),
        },
        into: { text: [], english: [] },
        // The English original of the same anchor (content/english), as plain text.
        englishOriginal: markdownToText(englishSectionText(slug, id)),
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
  const view = getSite().codeTable(table);
  const product = searchProduct(getSite().article(view.source.article).meta.product);
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
      // The English original's rows of the same codes, code by code (content/english).
      english: markdownToText(englishRowText(view.source.article, view.source.anchor, group.codes)),
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
  const wizard = getSite().wizard(id);
  const product = searchProduct(getSite().article(wizard.source.article).meta.product);
  const start: SearchDoc = {
    href: routes.wizardStep(wizard.shape, { kind: 'start' }),
    kind: 'step',
    title: `${wizard.title} — ${wizard.start.title}`,
    // The result card already says « Assistant » (its kind): the start of a wizard sits nowhere else.
    breadcrumb: [],
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

/** Every document of the portal, in a stable order; the team's notes are searched with what they annotate. */
export function buildSearchDocuments(): SearchDoc[] {
  const notes = getSite().noteSearchText;
  return [
    ...CONTENT_CODE_TABLES.flatMap(codeRowDocuments),
    ...ARTICLE_SLUGS.flatMap(articleDocuments),
    ...WIZARD_IDS.flatMap(wizardDocuments),
  ].map((doc) => {
    const note = notes.get(doc.href);
    return note ? { ...doc, text: `${doc.text}\n${note}` } : doc;
  });
}

/** What search needs, server and browser alike: the documents and the validated thesaurus. */
export function buildSearchData(): SearchData {
  return { documents: buildSearchDocuments(), thesaurus: loadThesaurus() };
}
