/**
 * « Copier le résumé pour le ticket » of a wizard: a ticket note that stands alone. It gives the answer, the
 * steps shown in this tab with their text (commands, versions and options as the article words them), the
 * team's precisions, where the agent is, whether the procedure is finished, the source and the link. It never
 * claims a step the agent did not pass through: a ticket link that opens step 10 says « reprise à l’étape 10 ».
 * Pure and client-safe: the server builds the input (`./units.ts`), the page adds this tab's history.
 */
import type { TabHistory } from '@/lib/wizards/tab-history';
import type { Block, Inline } from './blocks';
import type { TicketUnit } from './ticket';

export type WizardNoteStep = { number: number; title: string; blocks: Block[] };

export type WizardNoteInput = {
  wizardTitle: string;
  question: string;
  /** The answer that leads to this place (none at the start). */
  answer?: string;
  start: { title: string; blocks: Block[] };
  /** The steps of the path the agent is on (none at the start or an outcome). */
  steps: WizardNoteStep[];
  place:
    | { kind: 'start' }
    | { kind: 'step'; step: number }
    | { kind: 'outcome'; title: string; summary: string; blocks: Block[] };
  source: TicketUnit['source'];
  /** Link to resume exactly here (a site path). */
  resumePath: string;
};

export const FINISHED = 'Procédure terminée';

const text = (value: string): Inline => ({ type: 'text', value });
const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** « 1 à 9 », « 4 », « 2, 5 à 7 »: step numbers as a French list of runs. */
export function stepRuns(numbers: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from} à ${to}`)).join(', ');
}

/** Steps as numbered lists, one per run of consecutive numbers, each item its title then the article's text. */
function stepLists(steps: readonly WizardNoteStep[]): Block[] {
  const lists: Extract<Block, { type: 'list' }>[] = [];
  for (const step of steps) {
    const last = lists.at(-1);
    const item = [paragraph(strong(step.title)), ...step.blocks];
    if (last && last.start + last.items.length === step.number) last.items.push(item);
    else lists.push({ type: 'list', ordered: true, start: step.number, items: [item] });
  }
  return lists;
}

export function wizardNote(input: WizardNoteInput, history: TabHistory): TicketUnit {
  const body: Block[] = [];
  if (input.answer) body.push(paragraph(text(`${input.question} `), strong(input.answer)));

  if (history.start) body.push(paragraph(strong(`Préalable : ${input.start.title}`)), ...input.start.blocks);
  else if (input.place.kind !== 'start')
    body.push(paragraph(text(`Préalable (non affiché dans cet onglet) : ${input.start.title}`)));

  const { place } = input;
  if (place.kind === 'start') {
    body.push(paragraph(strong(`En cours : ${input.start.title}`)), ...input.start.blocks);
    body.push(paragraph(text(`Question en attente de réponse : ${input.question}`)));
  } else if (place.kind === 'outcome') {
    body.push(paragraph(strong(`Issue : ${place.title}`)), ...place.blocks);
    body.push(paragraph(strong(`${FINISHED} : ${place.summary}`)));
  } else {
    const total = input.steps.length;
    const seen = new Set([...history.steps, place.step]);
    const done = input.steps.filter((step) => step.number < place.step && seen.has(step.number));
    const first = Math.min(...seen);
    const unseen = input.steps.filter((step) => step.number <= place.step && !seen.has(step.number));
    if (first > 1)
      body.push(
        paragraph(
          strong(`Reprise à l’étape ${first}`),
          text(
            ` (lien ouvert directement) : les étapes ${stepRuns(unseen.filter((s) => s.number < first).map((s) => s.number))} n’ont pas été affichées dans cet onglet et ne sont pas comptées comme effectuées.`,
          ),
        ),
      );
    const skipped = unseen.filter((step) => step.number > first).map((step) => step.number);
    if (skipped.length) body.push(paragraph(text(`Étapes non affichées dans cet onglet : ${stepRuns(skipped)}.`)));
    if (done.length)
      body.push(paragraph(strong(`Étapes effectuées (${done.length} sur ${total}) :`)), ...stepLists(done));
    const current = input.steps[place.step - 1];
    if (current) {
      body.push(paragraph(strong(`Étape en cours : ${place.step} sur ${total}`)), ...stepLists([current]));
    }
    if (place.step === total && unseen.length === 0) body.push(paragraph(strong(`${FINISHED}.`)));
    else if (place.step === total)
      body.push(
        paragraph(text(`Dernière étape affichée ; la procédure n’a pas été suivie en entier dans cet onglet.`)),
      );
    else body.push(paragraph(text(`Procédure en cours : étape ${place.step} sur ${total}.`)));
  }

  return { title: `Assistant : ${input.wizardTitle}`, path: input.resumePath, blocks: body, source: input.source };
}
