/** A construct the importer met and did not (fully) understand: kept visible, listed in the report. */
export type ImportNote = { file: string; line: number; construct: string };

/** One line of a source, with where it comes from (an included file keeps its own name and line). */
export type SourceLine = { text: string; file: string; line: number };

/**
 * A file of the source tree read by absolute path: its text (and the notes its decoding made), missing, or
 * outside the source root and so never read (`through` a path that leaves it, or a link whose real path
 * does; `wall`: the root is a repository, or only the folder given on the command line).
 */
export type SourceRead =
  | { kind: 'text'; text: string; notes: ImportNote[] }
  | { kind: 'missing' }
  | { kind: 'outside'; through: 'path' | 'link'; wall: 'repository' | 'folder' };

export type ReadSource = (absolutePath: string) => SourceRead;

/** A component of the portal's vocabulary, as a name and literal string attributes. */
export type Component = { name: string; attributes: Readonly<Record<string, string>> };

/** A data file of the content directory that renders a table of an article section (the seeds' code tables). */
export type DataBlock = { anchor: string; kind: 'table' | 'url-list'; component: Component };

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
