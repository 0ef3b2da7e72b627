import type { Root } from 'mdast';
import { aliasElement } from './anchors';
import { headingOf } from './headings';

/**
 * An article's sections as the update rules see them: heading id, the heading's alias (`<AnchorAlias>`),
 * the anchors inside the section (`<Anchor>`), depth, title and text.
 */
export type Section = { id: string; aliases: string[]; anchors: string[]; depth: number; title: string; text: string };

const HEADING = /^<h([1-4]) id="([^"]+)">(.*)<\/h\1>$/;
const ALIAS = /^<AnchorAlias id="([^"]+)" \/>$/;
const ANCHOR = /<Anchor id="([^"]+)" \/>/g;

/** Splits an article's MDX at its headings; the text of a section runs to the next heading. */
export function sectionsOf(mdx: string): Section[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const sections: Section[] = [];
  let pendingAliases: string[] = [];
  for (const line of body.split('\n')) {
    const alias = ALIAS.exec(line);
    if (alias) {
      pendingAliases.push(alias[1]!);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      sections.push({
        id: heading[2]!,
        aliases: pendingAliases,
        anchors: [],
        depth: Number(heading[1]),
        title: heading[3]!,
        text: '',
      });
      pendingAliases = [];
      continue;
    }
    const current = sections.at(-1);
    if (current) {
      current.anchors.push(...[...line.matchAll(ANCHOR)].map((m) => m[1]!));
      current.text += line.trim() ? `${line.trim()}\n` : '';
    }
  }
  return sections;
}

export type SectionDiff = { added: Section[]; removed: Section[]; changed: Section[]; lostAnchors: string[] };

/** What a re-import changes, by anchor: sections added, removed, whose text changed; every id no longer present. */
export function diffSections(before: readonly Section[], after: readonly Section[]): SectionDiff {
  const afterById = new Map(after.map((s) => [s.id, s]));
  const beforeIds = new Set(before.map((s) => s.id));
  const afterIds = new Set(after.flatMap((s) => [s.id, ...s.aliases, ...s.anchors]));
  return {
    added: after.filter((s) => !beforeIds.has(s.id)),
    removed: before.filter((s) => !afterById.has(s.id)),
    changed: before.filter((s) => {
      const now = afterById.get(s.id);
      return now !== undefined && (now.text !== s.text || now.title !== s.title);
    }),
    lostAnchors: before.flatMap((s) => [s.id, ...s.aliases, ...s.anchors]).filter((id) => !afterIds.has(id)),
  };
}

/** A readable summary of a diff, one line per section. */
export function formatDiff(slug: string, diff: SectionDiff): string[] {
  return [
    ...diff.added.map((s) => `${slug}  + #${s.id}  ${s.title}`),
    ...diff.removed.map((s) => `${slug}  - #${s.id}  ${s.title}`),
    ...diff.changed.map((s) => `${slug}  ~ #${s.id}  ${s.title}`),
  ];
}

export type AnchorDecision = { anchor: string; target: string };

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);

/** Share of words two texts have in common (Jaccard): how alike a removed section and a new one are. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common === 0 ? 0 : common / (wa.size + wb.size - common);
}

/** Sections this alike are taken as the same section renamed. */
const SAME_SECTION = 0.3;

/**
 * Where each lost anchor goes: the decision given (`--alias old=new`); the new title for the old title's
 * id; else the new section most like the removed one (renamed sections), else the nearest section that
 * remains (the closest one before it in the old article, else after it). A heading carries one alias
 * (`<AnchorAlias>`), so two lost anchors falling on one section, or a target that is not a section, is
 * a decision for a person: listed in `problems`, and the import fails.
 */
export function placeLostAnchors(
  before: readonly Section[],
  after: readonly Section[],
  lost: readonly string[],
  decisions: readonly AnchorDecision[],
): { placed: AnchorDecision[]; problems: string[] } {
  const remaining = new Set(after.map((s) => s.id));
  const aliased = new Set(after.filter((s) => s.aliases.length > 0).map((s) => s.id));
  const free = (s: Section) => remaining.has(s.id) && !aliased.has(s.id);
  const placed: AnchorDecision[] = [];
  const problems: string[] = [];
  for (const anchor of lost) {
    const index = before.findIndex((s) => s.id === anchor || s.aliases.includes(anchor) || s.anchors.includes(anchor));
    const old = before[index];
    const candidates = after.filter((s) => s.depth > 1 && !aliased.has(s.id) && !before.some((b) => b.id === s.id));
    const alike = old
      ? candidates
          .map((s) => ({ id: s.id, score: similarity(`${old.title} ${old.text}`, `${s.title} ${s.text}`) }))
          .sort((a, b) => b.score - a.score)
          .find((c) => c.score >= SAME_SECTION)?.id
      : undefined;
    const target =
      decisions.find((d) => d.anchor === anchor)?.target ??
      (old?.depth === 1 ? after.find((s) => s.depth === 1)?.id : undefined) ??
      alike ??
      [...before.slice(0, Math.max(index, 0))].reverse().find((s) => s.depth > 1 && free(s))?.id ??
      before.slice(index + 1).find(free)?.id;
    if (!target || !remaining.has(target)) {
      problems.push(
        `ancre « ${anchor} » supprimée par la nouvelle version : décider où elle mène (--alias ${anchor}=<id d’une section>)`,
      );
    } else if (aliased.has(target)) {
      problems.push(
        `ancre « ${anchor} » : la section « ${target} » porte déjà un alias ; choisir une autre section (--alias ${anchor}=<id>)`,
      );
    } else {
      aliased.add(target);
      placed.push({ anchor, target });
    }
  }
  return { placed, problems };
}

/** Places each anchor as `<AnchorAlias>` right before its target heading, in the article's tree. */
export function addAliases(tree: Root, placed: readonly AnchorDecision[]): void {
  for (const { anchor, target } of placed) {
    const index = tree.children.findIndex((node) => headingOf(node)?.id === target);
    if (index >= 0) tree.children.splice(index, 0, aliasElement(anchor));
  }
}
