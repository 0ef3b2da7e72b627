import type { Root } from 'mdast';
import { splitAliasBlocks } from './anchors';
import { placeEnglishOriginals } from './bilingual';
import { convertCallouts } from './callouts';
import { checkCode } from './code';
import { removeComments } from './comments';
import { replaceDataBlocks } from './data-blocks';
import { anchorLoneAliases, checkHeadingCount, convertHeadings, placeTitle, readHeadingSources } from './headings';
import { convertInlineHtml, htmlAsText } from './html';
import { convertImages } from './images';
import { resolveReferences, rewriteTargets } from './links';
import { noteUnknownMarkers } from './markers';
import { mergeText, parseSource, tidy } from './mdast';
import { convertBreaks, convertHtmlTables } from './tables';
import type { DataBlock, ImportNote, SourceLine } from './types';
import { convertZones } from './zones';

export type ConvertOptions = {
  /** Data files of the content directory that render a table or a list of this article, by section. */
  dataBlocks?: readonly DataBlock[];
  /** Where a link target goes (redirections); identity when not given. */
  rewriteLink?: (href: string) => string;
};

export type ConvertedBody = { tree: Root; notes: ImportNote[]; title?: string };

/**
 * Converts the body of a DocFX article (includes already expanded) into the portal's vocabulary (README,
 * « Content rules »), as a syntax tree that lib/import/emit.ts writes as MDX. The source is read once, as
 * MDX's own tokenizer reads Markdown; each step below is one DocFX construct, in its module. Anything not
 * understood stays visible as text and is noted; what would lose content silently refuses the article.
 */
export function convertBody(file: string, lines: readonly SourceLine[], options: ConvertOptions = {}): ConvertedBody {
  const { tree, context } = parseSource(file, lines);
  checkHeadingCount(tree, context);
  checkCode(tree, context);
  removeComments(tree, context);
  splitAliasBlocks(tree, context);
  const headingSources = readHeadingSources(tree, context);
  convertHtmlTables(tree, context);
  resolveReferences(tree);
  rewriteTargets(tree, context, options.rewriteLink ?? ((href) => href));
  placeEnglishOriginals(tree);
  convertImages(tree);
  convertInlineHtml(tree);
  convertBreaks(tree, context);
  convertCallouts(tree);
  convertZones(tree, context);
  convertHeadings(tree, context, headingSources);
  const title = placeTitle(tree);
  anchorLoneAliases(tree, context);
  replaceDataBlocks(tree, options.dataBlocks ?? [], context);
  htmlAsText(tree, context);
  noteUnknownMarkers(tree, context);
  tidy(tree);
  mergeText(tree);
  return { tree, notes: context.notes, ...(title !== undefined ? { title } : {}) };
}
