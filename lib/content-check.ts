import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { ContentError, contentErrorsOf } from '@/lib/content-error';
import { contentPath } from '@/lib/content-files';
import { compileArticle } from '@/lib/mdx/compile-article';
import { loadThesaurus } from '@/lib/search/thesaurus-file';
import { getSite } from '@/lib/site/site';
import { tableExists } from '@/lib/tables/load';
import { TABLE_SCHEMAS, type TableFile } from '@/lib/tables/schemas';
import { WIZARD_IDS } from '@/lib/wizards/catalog';

export type ContentCheck = { errors: ContentError[]; articles: number; tables: number; wizards: number };

/**
 * Every file of the content directory through the reading the build uses (`npm run check:content`, run before
 * `next build`): the site read once (`getSite()`: each article's size, front matter, parse and check, each data
 * file and wizard, the team's notes), then each article's compile and the thesaurus. A file that fails does not
 * stop the others: every error of every file is returned, each naming its `file:line`. An error that is not a
 * content error (a bug the file triggers) is reported against the file.
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
  const site = getSite();
  const problems = new Map(site.problems.map((problem) => [problem.file, problem.errors]));
  for (const slug of ARTICLE_SLUGS) {
    const file = contentPath(`articles/${slug}.mdx`);
    const read = problems.get(file);
    if (read) errors.push(...read);
    else await attempt(file, () => compileArticle(site.article(slug).tree, file, site.linkContext(slug)));
  }
  // Then the other files in the order they were read (tables, wizards), the thesaurus, and the notes last.
  const notes = contentPath('notes');
  for (const problem of site.problems)
    if (!problem.file.endsWith('.mdx') && problem.file !== notes) errors.push(...problem.errors);
  await attempt(contentPath('search/thesaurus.json'), () => loadThesaurus());
  errors.push(...(problems.get(notes) ?? []));
  const tables = (Object.keys(TABLE_SCHEMAS) as TableFile[]).filter(tableExists);
  return { errors: unique(errors), articles: ARTICLE_SLUGS.length, tables: tables.length, wizards: WIZARD_IDS.length };
}

/** Each error once: a wizard or a table that reads a broken article meets that article's errors again. */
function unique(errors: readonly ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
}
