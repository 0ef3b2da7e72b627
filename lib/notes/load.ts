import type { ArticleSlug } from '@/lib/articles/catalog';
import type { OutlineHeading } from '@/lib/articles/outline';
import type { ContentError } from '@/lib/content-error';
import { contentPath, listContentFiles, readContentFile } from '@/lib/content-files';
import { routes } from '@/lib/routes';
import type { CodeTableId, CodeTableView } from '@/lib/tables/code-tables';
import { allWizardStates } from '@/lib/wizards/all-states';
import type { WizardId } from '@/lib/wizards/catalog';
import type { WizardDefinition } from '@/lib/wizards/load';
import { noteParagraphs, parseNotesFile, resolveTargets, type TeamNote } from './parse';

export type { TeamNote } from './parse';

/** What a note may target: the content already read (`getSite()`); a file that failed is simply absent. */
export type NoteTargetsInput = {
  sections: Iterable<{ slug: ArticleSlug; headings: readonly OutlineHeading[] }>;
  codeTables: Iterable<{ id: CodeTableId; view: CodeTableView }>;
  wizards: Iterable<{ id: WizardId; definition: WizardDefinition }>;
};

/**
 * Every URL a note may target, mapped to the target's own URL: each section (and its anchor alias, which
 * follows the section a re-import moved it to), each code-table row (and its alias ids), each wizard step.
 * The article, table or wizard that failed is named by its own check; its targets are simply unknown.
 */
export function noteTargets(input: NoteTargetsInput): Map<string, string> {
  const targets = new Map<string, string>();
  for (const { slug, headings } of input.sections)
    for (const heading of headings) {
      if (heading.depth === 1 || !heading.id) continue;
      const href = routes.section(slug, heading.id);
      targets.set(href, href);
      if (heading.aliasId) targets.set(routes.section(slug, heading.aliasId), href);
    }
  for (const { id: table, view } of input.codeTables)
    for (const group of view.groups) {
      const href = routes.codeRow(table, group.id);
      for (const id of [group.id, ...group.aliasIds]) targets.set(routes.codeRow(table, id), href);
    }
  for (const { definition } of input.wizards)
    for (const { href, state } of allWizardStates(definition.shape)) if (state.kind === 'step') targets.set(href, href);
  return targets;
}

/**
 * The notes of `content/notes/*.yml`, checked (fields, then targets), and every problem with its file:line.
 * No cache here: `getSite()` (lib/site) reads them once.
 */
export function readTeamNotes(targets: ReadonlyMap<string, string>): { notes: TeamNote[]; errors: ContentError[] } {
  const written = listContentFiles('notes', '.yml').map((name) =>
    parseNotesFile(readContentFile(`notes/${name}.yml`), contentPath(`notes/${name}.yml`)),
  );
  const resolved = resolveTargets(
    written.flatMap((w) => w.notes),
    targets,
  );
  return { notes: resolved.notes, errors: [...written.flatMap((w) => w.errors), ...resolved.errors] };
}

/** The notes under each target (its own URL: `routes.section`, `routes.codeRow`, `routes.wizardStep`), oldest first. */
export function notesByTarget(notes: readonly TeamNote[]): Map<string, TeamNote[]> {
  const byHref = new Map<string, TeamNote[]>();
  for (const note of [...notes].sort((a, b) => a.date.localeCompare(b.date)))
    byHref.set(note.href, [...(byHref.get(note.href) ?? []), note]);
  return byHref;
}

/**
 * What search should find of the notes, by target URL: each note's words (and its author) joined, so that a
 * note's own words find the section, row or step it annotates (lib/search/documents.ts appends it to the
 * `text` of the document whose `href` is that URL).
 */
export function noteSearchTexts(notes: readonly TeamNote[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const note of notes) {
    const words = `Note de l’équipe (${note.auteur}) : ${noteParagraphs(note).join(' ')}`;
    texts.set(note.href, [texts.get(note.href), words].filter(Boolean).join('\n'));
  }
  return texts;
}
