import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '@/lib/mdx/article-syntax';
import { getSite } from '@/lib/site/site';
import { TABLE_SCHEMAS } from '@/lib/tables/schemas';
import { DATA_TABLE_COMPONENTS, dataTableComponent } from './data-tables';

describe('the data-table components of the vocabulary, one file each', () => {
  it.each(DATA_TABLE_COMPONENTS.map((component) => [component.name, component]))(
    '%s: the article check accepts it, its data file exists, the page has its renderer',
    (name, component) => {
      expect(() => parseArticleBody(`<${name} />\n`, 'a.mdx')).not.toThrow();
      expect(() => parseArticleBody(`<${name} x="1" />\n`, 'a.mdx')).toThrow(/attribut « x » non autorisé/);
      expect(Object.keys(TABLE_SCHEMAS)).toContain(component.file);
      const renderers = fs.readFileSync('components/article/mdx-components.tsx', 'utf8');
      expect(renderers).toMatch(new RegExp(`\\b${name}\\b`));
    },
  );

  it('gives search its words and tickets its blocks from the data file', () => {
    for (const component of DATA_TABLE_COMPONENTS) {
      const data = getSite().table(component.file);
      const words = component.searchText(data);
      expect(words.length).toBeGreaterThan(0);
      const blocks = component.ticketBlocks(data, (markdown) => [
        { type: 'paragraph', children: [{ type: 'text', value: markdown }] },
      ]);
      expect(JSON.stringify(blocks)).toContain(JSON.stringify(words.at(-1)).slice(1, -1));
    }
    expect(dataTableComponent('Callout')).toBeUndefined();
  });
});
