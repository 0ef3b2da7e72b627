import { isArticleSlug } from '@/lib/articles/catalog';
import { rowOf } from '@/lib/tables/code-lookup';
import { getSite } from '@/lib/site/site';
import type { Block } from '@/lib/ticket/blocks';
import { codeRowTicket, sectionTicket } from '@/lib/ticket/units';

/**
 * The resolution a finding points to, as the blocks « Copier pour le ticket » gives for that section or row
 * (`lib/ticket/units.ts`: cause, steps, commands verbatim), so that the analyser's ticket note carries the
 * steps and not only the title. Server side (it reads the content); the browser receives the map for the
 * findings it may show (`resolutionMap`). A wizard step, or a place the ticket units do not know, has none.
 */
export type ResolutionMap = Readonly<Record<string, Block[]>>;

export function resolutionBlocks(href: string): Block[] | undefined {
  const row = rowOf(href);
  if (row) {
    const group = getSite()
      .codeTable(row.table)
      .groups.find((candidate) => candidate.codes.includes(row.code));
    return group ? codeRowTicket(row.table, group).blocks : undefined;
  }
  const section = /^\/articles\/([^/#?]+)#(.+)$/.exec(href);
  if (!section || !isArticleSlug(section[1] as string)) return undefined;
  return sectionTicket(section[1] as string, section[2] as string)?.blocks;
}

/** Every href's resolution blocks that exist, for a data file or a page's props. */
export function resolutionMap(hrefs: readonly string[]): ResolutionMap {
  const map: Record<string, Block[]> = {};
  for (const href of hrefs) {
    const blocks = resolutionBlocks(href);
    if (blocks?.length) map[href] = blocks;
  }
  return map;
}
