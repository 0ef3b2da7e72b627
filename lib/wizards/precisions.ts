/**
 * « Précision de l’équipe » of a wizard step: the values a step of the article shows only in a screenshot,
 * resolved against the content they come from. Each source is a code-table row or an article section whose
 * text must hold the quoted words, so a precision cannot drift from the article without the build saying so.
 */
import { toString } from 'mdast-util-to-string';
import type { ArticleSlug } from '@/lib/articles/catalog';
import type { ArticleOutline } from '@/lib/articles/outline';
import { routes } from '@/lib/routes';
import { isContentCodeTable, type CodeTableId, type CodeTableView } from '@/lib/tables/code-tables';
import type { TeamPrecisionFile } from './schema';
import { sectionNodes } from './section';

export const PRECISION_LABEL = 'Précision de l’équipe';

export type TeamPrecision = {
  values: { label: string; value: string }[];
  basis: string;
  sources: { label: string; path: string; quote: string; english?: string }[];
};

/** Text compared with a quote: Markdown marks and runs of spaces do not count. */
function plain(text: string): string {
  return text.replace(/[*`_]/g, '').replace(/\s+/g, ' ').trim();
}

/** What a wizard is resolved against: the articles and code tables already read (`getSite()`). */
export type WizardContent = {
  article(slug: ArticleSlug): ArticleOutline;
  codeTable(id: CodeTableId): CodeTableView;
};

/** Resolves a precision's sources; `fail` names the reason (the loader adds file and line). */
export function resolvePrecision(
  data: TeamPrecisionFile,
  fail: (index: number, reason: string) => never,
  content: WizardContent,
): TeamPrecision {
  const sources = data.sources.map((source, index) => {
    let label: string;
    let path: string;
    let text: string;
    if ('table' in source) {
      if (!isContentCodeTable(source.table)) return fail(index, `table de codes « ${source.table} » inconnue`);
      const view = content.codeTable(source.table);
      const group = view.groups.find((g) => g.id === source.row);
      if (!group) return fail(index, `ligne « ${source.row} » absente de la table « ${source.table} »`);
      label = `${view.title} — ${group.label}`;
      path = routes.codeRow(source.table, group.id);
      text = [...group.lead, ...group.rows.flat()].flat().join(' ');
    } else {
      const outline = content.article(source.article);
      const nodes = sectionNodes(outline.tree, source.anchor);
      if (!nodes) return fail(index, `section « ${source.anchor} » introuvable`);
      label = outline.headings.find((h) => h.id === source.anchor)?.text ?? source.anchor;
      path = routes.section(source.article, source.anchor);
      text = nodes.map((node) => toString(node)).join(' ');
    }
    if (!plain(text).includes(plain(source.quote)))
      return fail(index, `la citation « ${source.quote} » n’est pas dans ${path}`);
    return { label, path, quote: source.quote, ...(source.english ? { english: source.english } : {}) };
  });
  return { values: data.values, basis: data.basis, sources };
}
