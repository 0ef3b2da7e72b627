import { formatFrenchDate } from '@/lib/format';
import { noteParagraphs, type TeamNote } from '@/lib/notes/parse';
import { cn } from '@/lib/utils';
import { getSite } from '@/lib/site/site';

/**
 * The team's notes under their target (a section, a code-table row, a wizard step): their own style (dashed
 * amber frame, a pin, « Note de l’équipe » and who wrote it when), so that they are never read as
 * Microsoft's text. The text is rendered as React text: nothing in a note is HTML, Markdown or MDX.
 */
export function TeamNotes({ href, className }: { href: string; className?: string }) {
  const notes = getSite().notesFor(href);
  if (!notes.length) return null;
  return (
    <div className={cn('not-prose my-3 space-y-2', className)}>
      {notes.map((note) => (
        <TeamNoteBlock key={`${note.file}:${note.line}`} note={note} />
      ))}
    </div>
  );
}

function TeamNoteBlock({ note }: { note: TeamNote }) {
  const when = formatFrenchDate(note.date);
  return (
    <aside
      role="note"
      lang="fr"
      aria-label="Note de l’équipe"
      title={`Note de l’équipe, écrite par ${note.auteur} le ${when} : ce n’est pas le texte de Microsoft`}
      data-testid="team-note"
      className="team-note rounded-md border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 text-sm text-slate-800 dark:border-amber-400 dark:bg-amber-950/40 dark:text-slate-100"
    >
      <p className="mb-1 flex items-center gap-2 font-semibold text-amber-900 dark:text-amber-200">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
          <path d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 9.5 12.5 8 14 5.5 11.5 2 15 1 14 4.5 10.5 2 8 3.5 6.5 7 6.5 9.5 4Z" />
        </svg>
        Note de l’équipe
        <span className="font-normal text-slate-600 dark:text-slate-300">
          — {note.auteur}, <time dateTime={note.date}>{when}</time>
        </span>
      </p>
      {noteParagraphs(note).map((paragraph, i) => (
        <p key={i} className="my-1">
          {paragraph}
        </p>
      ))}
      {note.source ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">Source : {note.source}</p> : null}
    </aside>
  );
}
