import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ContentError } from '@/lib/content-error';

/**
 * The team's own notes on Microsoft's text (`content/notes/*.yml`): data, never markup. Each note names its
 * target by the portal URL a ticket would hold — a section (`/articles/<slug>#<anchor>`), a code-table row
 * (`/codes/<table>#<row id>`) or a wizard step (`/assistants/<id>?etape=<n>`) — and carries its author's
 * initials, its date, its text (plain paragraphs: nothing in it is read as HTML, Markdown or MDX) and,
 * optionally, where what it says comes from. The importer never writes here, so a re-import keeps them.
 */
const noteSchema = z
  .object({
    cible: z
      .string()
      .regex(/^\/(articles|codes|assistants)\//, 'adresse du portail attendue (/articles/…, /codes/…, /assistants/…)'),
    auteur: z.string().regex(/^[A-ZÀ-Ý]{2,4}$/, 'initiales attendues (2 à 4 majuscules, ex. « JD »)'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ'),
    texte: z.string().trim().min(1, 'texte vide').max(4000, 'texte trop long (4 000 caractères au plus)'),
    source: z.string().trim().min(1).max(500).optional(),
  })
  .strict();

export type NoteData = z.infer<typeof noteSchema>;

/** A note as written, with where it is (`file:line` of its first key). */
export type WrittenNote = NoteData & { file: string; line: number };

/** A note whose target exists: `href` is the target's own URL (an anchor alias or a row alias followed). */
export type TeamNote = WrittenNote & { href: string };

const FIELD_NAMES: Readonly<Record<string, string>> = {
  cible: 'cible',
  auteur: 'auteur',
  date: 'date',
  texte: 'texte',
};

/**
 * Reads one notes file: a YAML list of notes. Every problem is returned with its line (one bad note never
 * hides the good ones); YAML only (no tags evaluated: the `yaml` package turns them into data).
 */
export function parseNotesFile(raw: string, file: string): { notes: WrittenNote[]; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (document.errors.length)
    return {
      notes: [],
      errors: document.errors.map(
        (error) => new ContentError(file, lineAt(error.pos[0]), `YAML illisible : ${error.message.split('\n')[0]}`),
      ),
    };
  if (document.contents === null) return { notes: [], errors: [] };
  if (!isSeq(document.contents))
    return { notes: [], errors: [new ContentError(file, 1, 'une liste de notes est attendue (« - cible: … »)')] };
  const notes: WrittenNote[] = [];
  const errors: ContentError[] = [];
  for (const item of document.contents.items) {
    const line = lineAt((item as { range?: readonly number[] } | null)?.range?.[0]);
    if (!isMap(item)) {
      errors.push(new ContentError(file, line, 'une note est une liste de champs (cible, auteur, date, texte)'));
      continue;
    }
    const result = noteSchema.safeParse(item.toJSON());
    if (result.success) {
      notes.push({ ...result.data, file, line });
      continue;
    }
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const pair = item.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key);
    const at = lineAt((pair?.key as { range?: readonly number[] } | undefined)?.range?.[0]) || line;
    const name = FIELD_NAMES[key] ?? key;
    const reason =
      issue.code === 'unrecognized_keys'
        ? `champ inconnu (${issue.keys.join(', ')}) : cible, auteur, date, texte et source seulement`
        : issue.code === 'invalid_type' && !pair
          ? `champ « ${name} » manquant`
          : `${name} : ${issue.message}`;
    errors.push(new ContentError(file, issue.code === 'unrecognized_keys' ? line : at, reason));
  }
  return { notes, errors };
}

/**
 * The notes whose target is one of `targets` (written URL → the target's own URL); each other note is
 * refused with its file and line, in French, saying what to do (a re-import may have removed its anchor).
 */
export function resolveTargets(
  notes: readonly WrittenNote[],
  targets: ReadonlyMap<string, string>,
): { notes: TeamNote[]; errors: ContentError[] } {
  const resolved: TeamNote[] = [];
  const errors: ContentError[] = [];
  for (const note of notes) {
    const href = targets.get(note.cible);
    if (href) resolved.push({ ...note, href });
    else
      errors.push(
        new ContentError(
          note.file,
          note.line,
          `cible « ${note.cible} » introuvable : aucune section, ligne de table de codes ni étape d’assistant ` +
            'n’a cette adresse (une réimportation l’a peut-être retirée : corrigez la cible de la note)',
        ),
      );
  }
  return { notes: resolved, errors };
}

/** A note's text as paragraphs (blank lines separate them; single line breaks are kept as spaces). */
export function noteParagraphs(note: Pick<NoteData, 'texte'>): string[] {
  return note.texte
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
