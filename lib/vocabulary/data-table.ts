import type { Block } from '@/lib/ticket/blocks';
import type { TableData, TableFile } from '@/lib/tables/schemas';

/**
 * A component of the articles' vocabulary that renders a data file of content/tables: everything the portal
 * knows about it, in one file per component (this folder). The article check (lib/mdx/article-syntax.ts), the
 * search text (lib/search/documents.ts), the ticket blocks (lib/ticket/tree-blocks.ts) and the importer
 * (lib/import/data-blocks.ts) read it here; its React renderer is `components/tables/simple-tables.tsx`.
 */
export type DataTableComponent<F extends TableFile = TableFile> = {
  /** The JSX name in an article: `<DeviceJoinStateTable />`. */
  name: string;
  /** The data file it renders (content/tables/<file>.json). */
  file: F;
  /** Its attributes and their values (`'text'`: any literal string); none for a data table. */
  attributes: Readonly<Record<string, readonly string[] | 'text'>>;
  /** What the importer replaces with it in the data file's section: a Markdown table or a list of code items. */
  replaces: 'table' | 'url-list';
  /** Its words for search, in reading order. */
  searchText(data: TableData<F>): string[];
  /** Its blocks for tickets and the article's Markdown; `cell` turns a Markdown cell into blocks. */
  ticketBlocks(data: TableData<F>, cell: (markdown: string) => Block[]): Block[];
};

/** A paragraph of inline code: a host or a URL. */
export function codeParagraph(value: string): Block[] {
  return [{ type: 'paragraph', children: [{ type: 'code', value }] }];
}

/** A bulleted list, one item per entry. */
export function listBlock(items: Block[][]): Block {
  return { type: 'list', ordered: false, start: 1, items };
}
