import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { linkContextFor, loadArticle } from '@/lib/articles/load';
import { articleOutline } from '@/lib/articles/outline';
import { ContentError, contentErrorsOf } from '@/lib/content-error';
import { contentPath } from '@/lib/content-files';
import { compileArticle } from '@/lib/mdx/compile-article';
import { loadThesaurus } from '@/lib/search/thesaurus-file';
import { loadTable, tableExists } from '@/lib/tables/load';
import { TABLE_SCHEMAS, type TableFile } from '@/lib/tables/schemas';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { loadWizard } from '@/lib/wizards/load';

export type ContentCheck = { errors: ContentError[]; articles: number; tables: number; wizards: number };

/**
 * Every file of the content directory through the loaders the build uses (`npm run check:content`, run before
 * `next build`): each article (size, front matter, parse and check, compile), each data file and wizard, the
 * thesaurus. A file that fails does not stop the others: every error of every file is returned, each naming
 * its `file:line`. An error that is not a content error (a bug the file triggers) is reported against the file.
 */
export async function checkContent(): Promise<ContentCheck> {
  const errors: ContentError[] = [];
  const attempt = async (file: string, run: () => unknown): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (error) {
      const found = contentErrorsOf(error);
      errors.push(...(found.length ? found : [new ContentError(file, undefined, `erreur inattendue : ${error}`)]));
      return false;
    }
  };
  for (const slug of ARTICLE_SLUGS) {
    const file = contentPath(`articles/${slug}.mdx`);
    await attempt(file, async () => {
      loadArticle(slug);
      await compileArticle(articleOutline(slug).tree, file, linkContextFor(slug));
    });
  }
  const tables = (Object.keys(TABLE_SCHEMAS) as TableFile[]).filter(tableExists);
  for (const table of tables) await attempt(contentPath(`tables/${table}.json`), () => loadTable(table));
  for (const id of WIZARD_IDS) await attempt(contentPath(`wizards/${id}.json`), () => loadWizard(id));
  await attempt(contentPath('search/thesaurus.json'), () => loadThesaurus());
  return { errors: unique(errors), articles: ARTICLE_SLUGS.length, tables: tables.length, wizards: WIZARD_IDS.length };
}

/** Each error once: a wizard or a table that reads a broken article meets that article's errors again. */
function unique(errors: readonly ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
}
