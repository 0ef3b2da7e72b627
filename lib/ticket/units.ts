/**
 * The portal's units for the ticket (an article section, a code-table row, a wizard place), built from the
 * content itself as document blocks (`./tree-blocks.ts`), with their source and deep link (`./ticket.ts`).
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { routes } from '@/lib/routes';
import { type CodeTableGroup, type CodeTableId } from '@/lib/tables/code-tables';
import type { WizardDefinition, WizardStep } from '@/lib/wizards/load';
import { PRECISION_LABEL, type TeamPrecision } from '@/lib/wizards/precisions';
import type { WizardState } from '@/lib/wizards/state';
import { answerFor, stepsOf } from '@/lib/wizards/view';
import type { Block, Inline } from './blocks';
import { englishRowBlocks, englishSectionBlocks } from './english-blocks';
import { teamNoteBlocks } from './team-note-blocks';
import type { TicketUnit } from './ticket';
import { articleContext, blocks, cellBlocks, tableLinks, type Context } from './tree-blocks';
import type { WizardNoteInput, WizardNoteStep } from './wizard-note';
import { getSite } from '@/lib/site/site';

/** The nodes of a section: its heading's followers up to the next heading of its level or higher. */
function sectionRange(
  slug: ArticleSlug,
  id: string,
): { heading: Extract<RootContent, { type: 'heading' }>; nodes: RootContent[] } | undefined {
  const { tree } = getSite().article(slug);
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

function headingId(heading: Extract<RootContent, { type: 'heading' }>): string {
  return String(heading.data?.hProperties?.id ?? '');
}

function sectionTitle(slug: ArticleSlug, id: string): string {
  return (
    getSite()
      .article(slug)
      .headings.find((heading) => heading.id === id)?.text ?? ''
  );
}

/** An article section (and its subsections) for the ticket. */
export function sectionTicket(slug: ArticleSlug, id: string): TicketUnit | undefined {
  const range = sectionRange(slug, id);
  if (!range) return undefined;
  const { meta } = getSite().article(slug);
  const anchor = String(range.heading.data?.hProperties?.id ?? id);
  const path = routes.section(slug, anchor);
  // The English of the section and of each subsection it holds, like the French.
  const english = [
    anchor,
    ...range.nodes.flatMap((node) => (node.type === 'heading' ? [headingId(node)] : [])),
  ].flatMap((sectionId) => englishSectionBlocks(slug, sectionId) ?? []);
  return {
    title: toString(range.heading).trim(),
    path,
    blocks: [...teamNoteBlocks(path), ...blocks(range.nodes, articleContext(slug, false))],
    ...(english.length ? { english } : {}),
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
  const view = getSite().codeTable(table);
  const links = tableLinks(table);
  const { meta } = getSite().article(view.source.article);
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
  body.push(...teamNoteBlocks(routes.codeRow(table, group.id)));
  const english = englishRowBlocks(table, group);
  return {
    title: `${view.title} — ${group.label}`,
    path: routes.codeRow(table, group.id),
    blocks: body,
    ...(english ? { english } : {}),
    source: {
      title: `${meta.title} › ${sectionTitle(view.source.article, view.source.anchor)}`,
      path: routes.section(view.source.article, view.source.anchor),
      date: meta.sourceDate,
    },
  };
}

function wizardSource(definition: WizardDefinition): TicketUnit['source'] {
  const { source } = definition;
  const { meta } = getSite().article(source.article);
  return {
    title: `${meta.title} › ${sectionTitle(source.article, source.anchor)}`,
    path: routes.section(source.article, source.anchor),
    date: meta.sourceDate,
  };
}

/** « Précision de l’équipe » as a labelled note: why, the values, and the sources with their links. */
export function precisionBlocks(precision: TeamPrecision): Block[] {
  const sources: Inline[] = [{ type: 'text', value: 'Sources : ' }];
  precision.sources.forEach((source, i) => {
    if (i) sources.push({ type: 'text', value: ' ; ' });
    sources.push({ type: 'link', href: source.path, children: [{ type: 'text', value: source.label }] });
  });
  return [
    {
      type: 'note',
      label: PRECISION_LABEL,
      // Why first: in plain text the label runs on into the first paragraph.
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: precision.basis }] },
        {
          type: 'list',
          ordered: false,
          start: 1,
          items: precision.values.map(({ label, value }) => [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: `${label} : ` },
                { type: 'code', value },
              ],
            },
          ]),
        },
        { type: 'paragraph', children: sources },
      ],
    },
  ];
}

/** A step's text for a ticket: the article's list item, then the team's precision when there is one. */
function stepBlocks(step: WizardStep, intro: RootContent | undefined, ctx: Context): Block[] {
  const nodes = [...(intro ? [intro] : []), ...(step.content.children as RootContent[])];
  return [...blocks(nodes, ctx), ...(step.precision ? precisionBlocks(step.precision) : [])];
}

/** The place of a wizard the agent is on (start, step, outcome) for the ticket. */
export function wizardTicket(definition: WizardDefinition, state: WizardState): TicketUnit {
  const ctx = articleContext(definition.source.article, false);
  const steps = stepsOf(definition, state);
  let title = `${definition.title} — ${definition.start.title}`;
  let body = blocks(definition.start.nodes, ctx);
  if (state.kind === 'step') {
    const step = steps[state.step - 1];
    const intro = state.step === 1 ? definition.paths[state.path]?.intro : undefined;
    title = `${definition.title} — Étape ${state.step} sur ${steps.length} : ${step?.title ?? ''}`;
    body = step ? stepBlocks(step, intro, ctx) : [];
  } else if (state.kind === 'outcome') {
    const outcome = definition.outcomes[state.outcome];
    title = `${definition.title} — ${outcome?.title ?? ''}`;
    body = outcome ? blocks([outcome.node], ctx) : [];
  }
  const path = routes.wizardStep(definition.shape, state);
  return { title, path, blocks: [...body, ...teamNoteBlocks(path)], source: wizardSource(definition) };
}

/**
 * The steps of each path as note blocks, built once per wizard: every place of the wizard hands the same
 * objects to the page, so the static export (every place in one file) carries them once.
 */
const noteSteps = new WeakMap<WizardDefinition, Map<string, WizardNoteStep[]>>();

function pathNoteSteps(definition: WizardDefinition, path: string): WizardNoteStep[] {
  let byPath = noteSteps.get(definition);
  if (!byPath) noteSteps.set(definition, (byPath = new Map()));
  let steps = byPath.get(path);
  if (!steps) {
    const ctx = articleContext(definition.source.article, false);
    const wizardPath = definition.paths[path];
    steps = (wizardPath?.steps ?? []).map((step) => ({
      number: step.number,
      title: step.title,
      blocks: stepBlocks(step, step.number === 1 ? wizardPath?.intro : undefined, ctx),
    }));
    byPath.set(path, steps);
  }
  return steps;
}

/** What the wizard's ticket note needs at a place; the page adds the tab's history (`./wizard-note.ts`). */
export function wizardNoteInput(definition: WizardDefinition, state: WizardState): WizardNoteInput {
  const ctx = articleContext(definition.source.article, false);
  const outcome = state.kind === 'outcome' ? definition.outcomes[state.outcome] : undefined;
  const answer = answerFor(definition, state);
  return {
    wizardTitle: definition.title,
    question: definition.question.text,
    ...(answer ? { answer } : {}),
    start: { title: definition.start.title, blocks: blocks(definition.start.nodes, ctx) },
    steps: state.kind === 'step' ? pathNoteSteps(definition, state.path) : [],
    place:
      state.kind === 'step'
        ? { kind: 'step', step: state.step }
        : outcome
          ? { kind: 'outcome', title: outcome.title, summary: outcome.summary, blocks: blocks([outcome.node], ctx) }
          : { kind: 'start' },
    source: wizardSource(definition),
    resumePath: routes.wizardStep(definition.shape, state),
  };
}
