import type { List, Root } from 'mdast';
import { CODE_TABLES } from '@/lib/tables/code-tables-meta';
import { DATA_TABLE_COMPONENTS } from '@/lib/vocabulary/data-tables';
import { headingOf } from './headings';
import { flatMapNodes, flowElement, type ConvertContext } from './mdast';
import type { Component, DataBlock } from './types';

/** Data files that are not code tables, and the component that renders each. */
const OTHER_COMPONENTS: Readonly<Record<string, Omit<DataBlock, 'anchor'>>> = Object.fromEntries(
  DATA_TABLE_COMPONENTS.map((table) => [
    table.file,
    { kind: table.replaces, component: { name: table.name, attributes: {} } },
  ]),
);

function componentOf(file: string): Omit<DataBlock, 'anchor'> | undefined {
  const code = Object.entries(CODE_TABLES).find(([, meta]) => meta.file === file);
  return code
    ? { kind: 'table', component: { name: 'CodeTable', attributes: { table: code[0] } } }
    : OTHER_COMPONENTS[file];
}

/**
 * The tables of `slug` that the content directory keeps as data (content/tables/<file>.json, whose
 * `source` names the article and section): the importer puts the component that renders the data where
 * the source has the table, so a re-import keeps the curated data and its code pages.
 */
export function dataBlocksFor(slug: string, dataFiles: readonly { file: string; text: string }[]): DataBlock[] {
  const blocks: DataBlock[] = [];
  for (const { file, text } of dataFiles) {
    const source = (JSON.parse(text) as { source?: { article?: string; anchor?: string } }).source;
    const component = componentOf(file);
    if (source?.article === slug && source.anchor && component) blocks.push({ anchor: source.anchor, ...component });
  }
  return blocks;
}

/** A list of code-only items (`` - `host` ``): the list of URLs a data file renders. */
function isUrlList(list: List): boolean {
  return list.children.every((item) => {
    const [paragraph, ...rest] = item.children;
    return (
      rest.length === 0 && paragraph?.type === 'paragraph' && paragraph.children.every((c) => c.type === 'inlineCode')
    );
  });
}

const element = (component: Component) => flowElement(component.name, component.attributes);

/**
 * Where a section of the source has a table (or a list of URLs) that a data file of the content directory
 * renders, the data file's component replaces it. A data file whose section has none is reported.
 */
export function replaceDataBlocks(tree: Root, blocks: readonly DataBlock[], context: ConvertContext): void {
  const pending = [...blocks];
  let section = '';
  const take = (kind: DataBlock['kind']) => {
    const index = pending.findIndex((block) => block.anchor === section && block.kind === kind);
    return index < 0 ? undefined : pending.splice(index, 1)[0];
  };
  flatMapNodes(tree, (node) => {
    section = headingOf(node)?.id ?? section;
    const block =
      node.type === 'table' ? take('table') : node.type === 'list' && isUrlList(node) ? take('url-list') : undefined;
    return block ? [element(block.component)] : undefined;
  });
  for (const { component, anchor } of pending) {
    const attributes = Object.entries(component.attributes).map(([name, value]) => ` ${name}="${value}"`);
    context.report({
      file: context.file,
      line: 0,
      construct: `données <${component.name}${attributes.join('')} /> : section « ${anchor} » sans tableau`,
    });
  }
}
