import {
  calloutStart,
  isDivMarker,
  isFence,
  isTableFurniture,
  stripComments,
  unknownMarkers,
  unquote,
  zoneMarker,
  type ZoneMarker,
} from './blocks';
import { learnHeadingId, parseHeading, uniqueId } from './headings';
import {
  escapeMdxText,
  replaceAutolinks,
  replaceImages,
  replaceInlineAnchors,
  splitBilingual,
  unknownTags,
  unwrapTranslationSpans,
} from './inline';
import { rewriteLinks } from './links';
import { htmlTableToRows, isTableRow, normalizeCellBreaks } from './tables';
import type { DataBlock, ImportNote, SourceLine } from './types';

export type ConvertOptions = {
  /** Data files of the content directory that render a table or a list of this article, by section. */
  dataBlocks?: readonly DataBlock[];
  /** Where a link target goes (redirections); identity when not given. */
  rewriteLink?: (href: string) => string;
};

export type ConvertedBody = { body: string; notes: ImportNote[]; title?: string };

/** The Markdown list of code-only items (`- \`host\``) a URL-list data file replaces. */
const URL_ITEM = /^- `[^`]+`\s*$/;
const INDENTED_CODE = /^ {4}\S/;
const LIST_OR_INDENTED = /^(\s*[-*]|\s*\d+\.|\s{2,})/;

function zoneCallout(marker: ZoneMarker, open: string | undefined): string[] {
  const text = marker.end
    ? `Fin du contenu propre au contexte Learn \`${open ?? marker.kind}\`.`
    : `Contenu propre au contexte Learn \`${marker.kind} ${marker.condition}\` (affiché sur Learn selon ce choix).`;
  return ['', '<Callout type="note">', '', text, '', '</Callout>', ''];
}

/**
 * Converts the body of a DocFX article (includes already expanded) into the portal's MDX vocabulary
 * (README, « Content rules »), line by line: headings become JSX headings with ids, callouts, images,
 * anchors and tables become their components; anything not understood stays visible as text and is noted.
 */
export function convertBody(lines: readonly SourceLine[], options: ConvertOptions = {}): ConvertedBody {
  const notes: ImportNote[] = [];
  const note = (at: SourceLine, construct: string) => notes.push({ file: at.file, line: at.line, construct });
  const rewrite = options.rewriteLink ?? ((href: string) => href);
  const dataBlocks = [...(options.dataBlocks ?? [])];
  const ids = new Set<string>();
  // A standalone `<a name>` often repeats the anchor of the heading it precedes: the heading carries it.
  const headingAnchors = new Set(lines.map((l) => parseHeading(l.text)?.anchor).filter((id) => id !== undefined));
  const keepAnchor = (id: string) => {
    if (headingAnchors.has(id) || ids.has(id)) return false;
    ids.add(id);
    return true;
  };
  const out: string[] = [];
  let title: string | undefined;
  let section = '';
  let englishBuffer: string[] = [];
  let englishHeading = '';
  let englishInsertAt = -1;
  let quote: { indent: string; callout: boolean } | null = null;
  const preTitle: string[] = [];
  let seenTitle = false;
  let fence: string | null = null;
  let inComment = false;
  let indentedCode: string[] | null = null;
  let zone: string | undefined;

  // What comes before the title (applies-to lines, a rebranding note) is placed right after it.
  const emit = (line: string) => {
    if (seenTitle) out.push(line);
    else if (line.trim()) preTitle.push(line.trim());
  };
  const takeDataBlock = (kind: DataBlock['kind']) => {
    const index = dataBlocks.findIndex((block) => block.anchor === section && block.kind === kind);
    return index < 0 ? undefined : dataBlocks.splice(index, 1)[0];
  };
  const flushEnglish = () => {
    if (englishInsertAt >= 0 && englishBuffer.length) {
      out.splice(
        englishInsertAt,
        0,
        '',
        `<EnglishOriginal heading=${JSON.stringify(englishHeading)}>`,
        '',
        englishBuffer.join(' '),
        '',
        '</EnglishOriginal>',
        '',
      );
    }
    englishBuffer = [];
    englishHeading = '';
    englishInsertAt = -1;
  };
  const closeQuote = () => {
    if (quote?.callout) {
      emit('');
      emit(`${quote.indent}</Callout>`);
    }
    quote = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!;
    const next = lines[i + 1]?.text ?? '';
    // Two trailing spaces are a Markdown hard line break (log excerpts rely on them): keep it explicit.
    const hardBreak = / {2,}$/.test(at.text) && next.trim() !== '';
    let line = at.text.replace(/\s+$/, '');

    if (quote) {
      const inner = unquote(line, quote.indent);
      if (inner === undefined) closeQuote();
      else line = inner;
    }

    // Fenced code passes through untouched.
    if (fence !== null) {
      const closing = isFence(line) && line.trim().startsWith(fence);
      if (closing) fence = null;
      emit(closing || quote ? line : at.text);
      continue;
    }
    if (isFence(line)) {
      fence = line.trim().slice(0, 3);
      emit(line);
      continue;
    }

    // HTML comments are not shown on Learn.
    const uncommented = stripComments(line, inComment);
    if (inComment || uncommented.open || uncommented.text !== line) {
      inComment = uncommented.open;
      if (uncommented.text.trim() === '') continue;
      line = uncommented.text;
    }

    // An indented code block (MDX has none) becomes fenced, unless it continues a list item.
    if (
      INDENTED_CODE.test(line) &&
      i > 0 &&
      lines[i - 1]!.text.trim() === '' &&
      !LIST_OR_INDENTED.test(previousNonBlank(lines, i - 1))
    ) {
      indentedCode ??= [];
      indentedCode.push(line.slice(4));
      if (!INDENTED_CODE.test(next)) {
        for (const code of ['```text', ...indentedCode, '```']) emit(code);
        indentedCode = null;
      }
      continue;
    }

    if (isTableFurniture(line)) continue;

    // Tables: a data file of the content directory that renders this section's table replaces it.
    if (isTableRow(line) || /^\s*<table/i.test(line)) {
      const indent = /^\s*/.exec(line)![0];
      const block: string[] = [];
      if (isTableRow(line)) {
        for (; i < lines.length; i++) {
          const row = quote ? unquote(lines[i]!.text, quote.indent) : lines[i]!.text;
          if (row === undefined || !isTableRow(row)) break;
          if (!isTableFurniture(row)) block.push(row.trim());
        }
      } else {
        let html = '';
        for (; i < lines.length && !/<\/table>/i.test(html); i++) html += lines[i]!.text + '\n';
        block.push(...htmlTableToRows(html));
      }
      i--;
      const data = takeDataBlock('table');
      if (data) emit(indent + data.component);
      else for (const row of block) emit(indent + inlineLine(normalizeCellBreaks(row), lines[i]!));
      continue;
    }

    // A list of URLs that a data file renders.
    if (
      URL_ITEM.test(line.trim()) &&
      dataBlocks.some((block) => block.anchor === section && block.kind === 'url-list')
    ) {
      while (i < lines.length && URL_ITEM.test(lines[i]!.text.trim())) i++;
      i--;
      emit(takeDataBlock('url-list')!.component);
      continue;
    }

    // Machine-translated articles: the English doubles are kept once per section, as the English original.
    let english: string[] = [];
    if (line.includes('sxs-lookup')) ({ french: line, english } = splitBilingual(line));
    line = unwrapTranslationSpans(line);

    const heading = parseHeading(line);
    if (heading) {
      flushEnglish();
      let level = heading.level;
      if (level > 4) {
        note(at, `titre de niveau ${level} rendu au niveau 4`);
        level = 4;
      }
      const wanted = heading.anchor ?? learnHeadingId(heading.text);
      const id = uniqueId(wanted, ids);
      if (heading.anchor && id !== heading.anchor)
        note(at, `ancre « ${heading.anchor} » en double, renommée « ${id} »`);
      section = id;
      out.push(`<h${level} id="${id}">${inlineLine(heading.text, at)}</h${level}>`, '');
      englishHeading = english.join(' ');
      englishInsertAt = out.length;
      if (level === 1 && !seenTitle) {
        seenTitle = true;
        title = heading.text;
        if (preTitle.length) out.push('', ...preTitle);
        englishInsertAt = out.length;
      }
      continue;
    }
    if (english.length) englishBuffer.push(...english);

    // `<span id="x" />` alone on a line: a second id for the heading that follows.
    const alias = /^<span id="([^"]+)"\s*\/>$/.exec(line);
    if (alias) {
      ids.add(alias[1]!);
      emit(`<AnchorAlias id="${alias[1]}" />`);
      continue;
    }

    const callout = calloutStart(line);
    if (callout) {
      closeQuote();
      quote = { indent: callout.indent, callout: true };
      emit(`${callout.indent}<Callout type="${callout.type}">`);
      emit('');
      continue;
    }
    if (isDivMarker(line)) {
      closeQuote();
      quote = { indent: /^\s*/.exec(line)![0], callout: false };
      continue;
    }

    const zoneLine = zoneMarker(line);
    if (zoneLine) {
      for (const marker of zoneCallout(zoneLine, zone)) emit(marker);
      zone = zoneLine.end ? undefined : `${zoneLine.kind} ${zoneLine.condition}`;
      continue;
    }

    line = inlineLine(line, at);
    if (hardBreak) line += '\\';
    emit(line);
  }
  closeQuote();
  flushEnglish();
  for (const block of dataBlocks)
    notes.push({
      file: lines[0]?.file ?? '',
      line: 0,
      construct: `données ${block.component} : section « ${block.anchor} » sans tableau`,
    });
  const body =
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n';
  return { body, notes, ...(title !== undefined ? { title } : {}) };

  /** The inline constructs of one line, then MDX escaping; unknown markers and tags are noted. */
  function inlineLine(text: string, from: SourceLine): string {
    const known = replaceAutolinks(replaceInlineAnchors(replaceImages(text), keepAnchor));
    for (const marker of unknownMarkers(known)) note(from, `marqueur ${marker} inconnu, gardé en texte`);
    for (const tag of new Set(unknownTags(known))) note(from, `balise HTML <${tag}> inconnue, gardée en texte`);
    return escapeMdxText(rewriteLinks(known, rewrite));
  }
}

function previousNonBlank(lines: readonly SourceLine[], i: number): string {
  for (let j = i; j >= 0; j--) if (lines[j]!.text.trim()) return lines[j]!.text;
  return '';
}
