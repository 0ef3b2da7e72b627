/**
 * The English originals (`lib/english/`) as document blocks, for tickets and the `.md` export: the same trees
 * the article pages render under « Original anglais », converted like the French (`./tree-blocks.ts`).
 */
import type { ArticleSlug } from '@/lib/articles/catalog';
import { englishRowTree, englishSectionTree } from '@/lib/english/tree';
import { CONTENT_CODE_TABLES, type CodeTableGroup, type CodeTableId } from '@/lib/tables/code-tables';
import type { Block } from './blocks';
import { articleContext, blocks } from './tree-blocks';
import { getSite } from '@/lib/site/site';

const strong = (value: string): Block => ({
  type: 'paragraph',
  children: [{ type: 'strong', children: [{ type: 'text', value }] }],
});

/**
 * Built once per row and per section: a section's ticket holds its subsections' English and its table's rows,
 * which have tickets of their own; the same block objects are then sent to the page once (as `./tree-blocks.ts`).
 */
const built = new Map<string, Block[] | undefined>();

function once(key: string, build: () => Block[] | undefined): Block[] | undefined {
  if (!built.has(key)) built.set(key, build());
  return built.get(key);
}

/** A code-table row in English: the English rows of its codes; nothing when none aligns. */
export function englishRowBlocks(table: CodeTableId, group: CodeTableGroup): Block[] | undefined {
  return once(`${table}:${group.id}`, () => {
    const { source } = getSite().codeTable(table);
    const nodes = englishRowTree(source.article, source.anchor, group.codes);
    return nodes && blocks(nodes, articleContext(source.article, false));
  });
}

/**
 * A section's own English (its English heading, its text up to the next heading), then the English of each
 * row of the code tables it holds, under the row's French label; nothing when none aligns.
 */
export function englishSectionBlocks(slug: ArticleSlug, anchor: string): Block[] | undefined {
  return once(`${slug}#${anchor}`, () => readSectionBlocks(slug, anchor));
}

function readSectionBlocks(slug: ArticleSlug, anchor: string): Block[] | undefined {
  const section = englishSectionTree(slug, anchor);
  const rows = CONTENT_CODE_TABLES.map((id) => getSite().codeTable(id))
    .filter((view) => view.source.article === slug && view.source.anchor === anchor)
    .flatMap((view) =>
      view.groups.flatMap((group) => {
        const english = englishRowBlocks(view.id, group);
        return english ? [strong(group.label), ...english] : [];
      }),
    );
  if (!section && !rows.length) return undefined;
  const own = section ? [strong(section.heading), ...blocks(section.nodes, articleContext(slug, false))] : [];
  return [...own, ...rows];
}
