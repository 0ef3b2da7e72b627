import { ContentError, throwContentErrors } from '@/lib/content-error';
import { contentFileExists, contentPath, lineOfPath, parseDataFile, readContentFile } from '@/lib/content-files';
import { checkIntuneCodes, checkScpRanges, checkUniqueKeys, checkUnsafeLinks, type TableProblem } from './checks';
import { TABLE_SCHEMAS, type TableData, type TableFile } from './schemas';

function problemsOf(file: TableFile, data: unknown): TableProblem[] {
  switch (file) {
    case 'intune-errors':
      return checkIntuneCodes(data as TableData<'intune-errors'>);
    case 'scp-statuses':
      return checkScpRanges(data as TableData<'scp-statuses'>);
    case 'script-events':
    case 'sense-events':
    case 'mdm-events':
      return checkUniqueKeys(
        (data as TableData<'mdm-events'>).rows.map((row) => row.eventId),
        'eventId',
      );
    case 'non-compliance':
      return checkUniqueKeys(
        (data as TableData<'non-compliance'>).rows.map((row) => row.case),
        'case',
      );
    default:
      return [];
  }
}

/** Reads a data file of content/tables (`readTable`); `getSite().table` hands out the one read. */
export type TableReader = <F extends TableFile>(file: F) => TableData<F>;

/** Whether the content directory holds this data file (a directory of imported articles holds none). */
export function tableExists(file: TableFile): boolean {
  return contentFileExists(`tables/${file}.json`);
}

/**
 * Loads, validates and checks one data file of content/tables. Any problem fails the build with the
 * file and line (every problem of the file, each on its line). No cache here: `getSite()` (lib/site) reads each
 * file once, and every page and the search index read that object.
 */
export function readTable<F extends TableFile>(file: F): TableData<F> {
  const relative = `tables/${file}.json`;
  const text = readContentFile(relative);
  const data = parseDataFile(relative, text, TABLE_SCHEMAS[file]) as TableData<F>;
  const problems = [...problemsOf(file, data), ...checkUnsafeLinks(data)];
  throwContentErrors(
    problems.map((problem) => new ContentError(contentPath(relative), lineOfPath(text, problem.path), problem.message)),
  );
  return data;
}
