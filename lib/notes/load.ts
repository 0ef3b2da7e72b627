import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { articleOutline } from '@/lib/articles/outline';
import { throwContentErrors, type ContentError } from '@/lib/content-error';
import { contentPath, listContentFiles, readContentFile } from '@/lib/content-files';
import { routes } from '@/lib/routes';
import { CONTENT_CODE_TABLES, getCodeTable } from '@/lib/tables/code-tables';
import { allWizardStates } from '@/lib/wizards/all-states';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { loadWizard } from '@/lib/wizards/load';
import { noteParagraphs, parseNotesFile, resolveTargets, type TeamNote } from './parse';

export type { TeamNote } from './parse';

/** Runs `collect`, ignoring a content error: the file at fault is reported by its own check (check:content). */
function tolerant(collect: () => void): void {
  try {
    collect();
  } catch {
    // The article, table or wizard that failed is named by its own check; its targets are simply unknown.
  }
}

/**
 * Every URL a note may target, mapped to the target's own URL: each section (and its anchor alias, which
 * follows the section a re-import moved it to), each code-table row (and its alias ids), each wizard step.
 */
export function noteTargets(): Map<string, string> {
  const targets = new Map<string, string>();
  for (const slug of ARTICLE_SLUGS)
    tolerant(() => {
      for (const heading of articleOutline(slug).headings) {
        if (heading.depth === 1 || !heading.id) continue;
        const href = routes.section(slug, heading.id);
        targets.set(href, href);
        if (heading.aliasId) targets.set(routes.section(slug, heading.aliasId), href);
      }
    });
  for (const table of CONTENT_CODE_TABLES)
    tolerant(() => {
      for (const group of getCodeTable(table).groups) {
        const href = routes.codeRow(table, group.id);
        for (const id of [group.id, ...group.aliasIds]) targets.set(routes.codeRow(table, id), href);
      }
    });
  for (const id of WIZARD_IDS)
    tolerant(() => {
      for (const { href, state } of allWizardStates(loadWizard(id).shape))
        if (state.kind === 'step') targets.set(href, href);
    });
  return targets;
}

let loaded: { notes: TeamNote[]; errors: ContentError[] } | undefined;

/** The notes of `content/notes/*.yml`, checked (fields, then targets), and every problem with its file:line. */
export function readTeamNotes(): { notes: TeamNote[]; errors: ContentError[] } {
  if (loaded) return loaded;
  const written = listContentFiles('notes', '.yml').map((name) =>
    parseNotesFile(readContentFile(`notes/${name}.yml`), contentPath(`notes/${name}.yml`)),
  );
  const resolved = resolveTargets(
    written.flatMap((w) => w.notes),
    noteTargets(),
  );
  loaded = { notes: resolved.notes, errors: [...written.flatMap((w) => w.errors), ...resolved.errors] };
  return loaded;
}

/** The build's check (lib/content-check.ts): throws every problem of every notes file. */
export function checkTeamNotes(): void {
  throwContentErrors(readTeamNotes().errors);
}

/** The notes under a target (its own URL: `routes.section`, `routes.codeRow`, `routes.wizardStep`), oldest first. */
export function teamNotesFor(href: string): TeamNote[] {
  return readTeamNotes()
    .notes.filter((note) => note.href === href)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * What search should find of the notes, by target URL: each note's words (and its author) joined, so that a
 * note's own words find the section, row or step it annotates. To plug into lib/search/documents.ts: append
 * `teamNoteSearchText().get(doc.href)` to the `text` of the document whose `href` is that URL.
 */
export function teamNoteSearchText(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const note of readTeamNotes().notes) {
    const words = `Note de l’équipe (${note.auteur}) : ${noteParagraphs(note).join(' ')}`;
    texts.set(note.href, [texts.get(note.href), words].filter(Boolean).join('\n'));
  }
  return texts;
}
