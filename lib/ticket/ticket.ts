/**
 * « Copier pour le ticket »: one unit of resolution (an article section, a code-table row, a wizard
 * step) as the ticket receives it: its title, its text (cause, resolution, numbered steps, commands
 * verbatim), the source article with its date, and the absolute deep link. Pure: the server builds the
 * unit from the content, the browser renders it with the origin the agent is using.
 */
import { formatFrenchDate } from '@/lib/format';
import { absoluteUrl } from '@/lib/routes';
import { blocksToHtml, blocksToMarkdown, blocksToText, escapeHtml, escapeMarkdown, type Block } from './blocks';

export type TicketUnit = {
  /** « Événements de l’agent SENSE — Événement 15 », a section title, a wizard step. */
  title: string;
  /** The unit's deep link (a site path of the URL contract). */
  path: string;
  blocks: Block[];
  /** The same unit in Learn's English original, where it aligns (`lib/english/`): added when the agent asks. */
  english?: Block[];
  source: {
    /** The article's title, and the section the unit comes from when it is not the unit itself. */
    title: string;
    /** Deep link to the source in the portal. */
    path: string;
    /** `ms.date` of the Learn article (ISO). */
    date: string;
  };
};

export type TicketFormat = 'text' | 'markdown' | 'html';

/** What the agent asked for besides the French: the English original (« Copier pour le ticket » option). */
export type TicketOptions = { english?: boolean };

/** How an English original is marked wherever it leaves the page (ticket, `.md` export). */
export const ENGLISH_ORIGINAL_LABEL = 'Original anglais (Microsoft Learn, en-us)';

/** The English original as a marked note, in the language it is written in. */
export function englishNote(children: Block[]): Block {
  return { type: 'note', label: ENGLISH_ORIGINAL_LABEL, lang: 'en', children };
}

/** The unit's text: the French, then the English original when asked for and there is one. */
function bodyOf(unit: TicketUnit, options: TicketOptions): Block[] {
  return options.english && unit.english?.length ? [...unit.blocks, englishNote(unit.english)] : unit.blocks;
}

/** « Source : <article>, Microsoft Learn, version du 30 septembre 2022 » */
export function sourceLine(source: TicketUnit['source']): string {
  return `Source : ${source.title}, Microsoft Learn, version du ${formatFrenchDate(source.date)}`;
}

export function ticketText(unit: TicketUnit, origin: string, options: TicketOptions = {}): string {
  const url = absoluteUrl(unit.path, origin);
  return [
    unit.title,
    blocksToText(bodyOf(unit, options), { origin }),
    `${sourceLine(unit.source)} (${absoluteUrl(unit.source.path, origin)})`,
    `Lien : ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function ticketMarkdown(unit: TicketUnit, origin: string, options: TicketOptions = {}): string {
  const url = absoluteUrl(unit.path, origin);
  const date = formatFrenchDate(unit.source.date);
  return [
    `### ${escapeMarkdown(unit.title)}`,
    blocksToMarkdown(bodyOf(unit, options), { origin }),
    `Source : [${escapeMarkdown(unit.source.title)}](${absoluteUrl(unit.source.path, origin)}), Microsoft Learn, version du ${date}`,
    `Lien : <${url}>`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function ticketHtml(unit: TicketUnit, origin: string, options: TicketOptions = {}): string {
  const url = escapeHtml(absoluteUrl(unit.path, origin));
  const date = formatFrenchDate(unit.source.date);
  return [
    `<h3>${escapeHtml(unit.title)}</h3>`,
    blocksToHtml(bodyOf(unit, options), { origin }),
    `<p>Source : <a href="${escapeHtml(absoluteUrl(unit.source.path, origin))}">${escapeHtml(unit.source.title)}</a>, Microsoft Learn, version du ${escapeHtml(date)}</p>`,
    `<p>Lien : <a href="${url}">${url}</a></p>`,
  ].join('\n');
}

/** What the print view adds above a unit printed alone: what it is, its link and its source's date. */
export function printCaption(unit: TicketUnit, origin: string): string {
  return `${unit.title}\n${absoluteUrl(unit.path, origin)}\n${sourceLine(unit.source)}`;
}
