/** The team's notes on a target (section, code row, wizard step) as ticket and Markdown blocks. */
import { formatFrenchDate } from '@/lib/format';
import { noteParagraphs } from '@/lib/notes/parse';
import type { Block } from './blocks';
import { getSite } from '@/lib/site/site';

/**
 * Each note marked as the team's (never Microsoft's text): a labelled quote « Note de l’équipe (JD, 29 novembre
 * 2026) », its paragraphs, its source.
 */
export function teamNoteBlocks(href: string): Block[] {
  return getSite()
    .notesFor(href)
    .map((note) => ({
      type: 'note',
      label: `Note de l’équipe (${note.auteur}, ${formatFrenchDate(note.date)})`,
      children: [
        ...noteParagraphs(note).map((value): Block => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
        ...(note.source
          ? [{ type: 'paragraph', children: [{ type: 'text', value: `Source : ${note.source}` }] } satisfies Block]
          : []),
      ],
    }));
}
