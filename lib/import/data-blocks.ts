import { CODE_TABLES } from '@/lib/tables/code-tables-meta';
import type { DataBlock } from './types';

/** Data files that are not code tables, and the component that renders each. */
const OTHER_COMPONENTS: Readonly<Record<string, Omit<DataBlock, 'anchor'>>> = {
  'device-join-states': { kind: 'table', component: '<DeviceJoinStateTable />' },
  'sensor-urls': { kind: 'table', component: '<SensorUrlTable />' },
  'portal-urls': { kind: 'url-list', component: '<PortalUrlList />' },
};

function componentOf(file: string): Omit<DataBlock, 'anchor'> | undefined {
  const code = Object.entries(CODE_TABLES).find(([, meta]) => meta.file === file);
  return code ? { kind: 'table', component: `<CodeTable table="${code[0]}" />` } : OTHER_COMPONENTS[file];
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
