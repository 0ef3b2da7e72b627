/** A construct the importer met and did not (fully) understand: kept visible, listed in the report. */
export type ImportNote = { file: string; line: number; construct: string };

/** One line of a source, with where it comes from (an included file keeps its own name and line). */
export type SourceLine = { text: string; file: string; line: number };

/** Reads a file of the source tree by absolute path; undefined when it does not exist. */
export type ReadSource = (absolutePath: string) => string | undefined;

/** A data file of the content directory that renders a table of an article section (the seeds' code tables). */
export type DataBlock = { anchor: string; kind: 'table' | 'url-list'; component: string };

export type ProductId = 'defender-endpoint' | 'azure-atp';

export type ImportedFrontMatter = {
  title: string;
  description: string;
  product: ProductId;
  sourceFile: string;
  sourceDate: string;
  learnUrl: string;
  learnDir: string;
  sourceHash: string;
};
