/**
 * Text units of a source article (the seeds in content/sources, any imported Learn article), to check that
 * the portal shows every one of them: paragraphs and list items (line by line), headings, table cells, and
 * code lines of 25+ characters. DocFX furniture (anchors, includes, images, callout and div markers, zone
 * markers, table rules) and HTML comments (Learn does not show them) are not text. Includes inside sentences
 * are expanded by the caller (lib/import/includes.ts) before counting.
 */
import { CONVERTED_TAGS } from '@/lib/import/html';

const ENGLISH_DOUBLE = /<span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML character references (`&lt;`, `&#42;`, `&#x27;`) as the characters a reader sees. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The inline HTML tags the importer turns into Markdown (a reader sees their text). */
const CONVERTED_TAG = new RegExp(String.raw`</?(?:${CONVERTED_TAGS.join('|')})(?:\s[^<>]*)?>`, 'gi');

/** A link target may hold one level of parentheses (`cc816824(v=ws.10)`). */
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]]*\]${TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]*)\]${TARGET}`, 'g');

/** Markdown inline syntax to plain text, as a reader sees it. */
export function inlineMarkdownToText(markdown: string): string {
  return (
    decodeEntities(markdown)
      .replace(ENGLISH_DOUBLE, '')
      .replace(/<a name="[^"]*"><\/a>/g, '')
      .replace(/<\/?span[^>]*>/g, '')
      // Inline formatting and cell lists written as HTML: a reader sees their text (lib/import/html.ts).
      .replace(CONVERTED_TAG, ' ')
      .replace(/:::image[\s\S]*?:::/g, '')
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(/\*\*/g, '')
      .replace(/<p>|<br\s*\/?>/g, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!>|<])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Both sides of the comparison drop what Markdown may turn into formatting or layout (a cell list's bullets too). */
export function normalizeForComparison(text: string): string {
  return text.replace(/[\s*_`\\•~]/g, '');
}

/** The source without its front matter and its HTML comments. */
function visibleSource(raw: string): string {
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
}

export function seedTextUnits(raw: string): string[] {
  const body = visibleSource(raw);
  const units: string[] = [];
  let inFence = false;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (line.length >= 25) units.push(line);
      continue;
    }
    if (line === '' || /^\[!INCLUDE/.test(line) || /^(\*\*\*\*|\||<br>)$/.test(line)) continue;
    if (/^>\s*\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\]$/i.test(line) || /^>\s*\[!div\s[^\]]*\]$/i.test(line)) continue;
    if (/^:::\s*(zone|moniker)/i.test(line)) continue;
    if (/^<span id="[^"]*"\s*\/>$/.test(line)) continue;
    if (/^>?\s*\|/.test(line)) {
      if (/^>?\s*\|[\s:|-]+\|?$/.test(line)) continue; // |---|:---:| rule
      const cells = line
        .replace(/^>?\s*\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/);
      for (const cell of cells) {
        const text = inlineMarkdownToText(cell);
        if (text) units.push(text);
      }
      continue;
    }
    // An image inside a sentence (an icon) is not text: the words on each side of it are units.
    const pieces = line
      .replace(/^(?:>\s?)+/, '')
      .replace(/^#{1,6}\s+/, '')
      .replace(/^(?:[-*]|\d+\.)\s+/, '')
      .split(IMAGE);
    for (const piece of pieces) {
      const text = inlineMarkdownToText(piece);
      if (/[\p{L}\p{N}]{2}/u.test(text)) units.push(text);
    }
  }
  return units;
}

/** A source file keeps its original Learn file name, whose base name is the portal slug. */
export function slugOfSourceFile(fileName: string): string {
  return fileName.replace(/\.md$/, '');
}

/** Every `<a name>` of a seed, and its `<span id>` alias anchors: the deep links the portal must keep. */
export function seedAnchors(raw: string): string[] {
  return [...visibleSource(raw).matchAll(/<a name="([^"]+)">|<span id="([^"]+)"\s*\/>/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}
