/**
 * Text units of a source article (content/sources, the seeds as published), to check that the portal shows every
 * one of them: paragraphs and list items (line by line), headings, table cells, and code lines of 25+
 * characters. DocFX furniture (anchors, includes, images, callout markers, table rules) is not text.
 */

const ENGLISH_DOUBLE = /<span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;

/** Markdown inline syntax to plain text, as a reader sees it. */
export function inlineMarkdownToText(markdown: string): string {
  return markdown
    .replace(ENGLISH_DOUBLE, '')
    .replace(/<a name="[^"]*"><\/a>/g, '')
    .replace(/<\/?span[^>]*>/g, '')
    .replace(/:::image[\s\S]*?:::/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/<p>|<br\s*\/?>/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|<])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Both sides of the comparison drop what Markdown may turn into formatting or layout. */
export function normalizeForComparison(text: string): string {
  return text.replace(/[\s*_`\\]/g, '');
}

export function seedTextUnits(raw: string): string[] {
  const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
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
    if (/^>\s*\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\]$/.test(line)) continue;
    if (/^<span id="[^"]*"\s*\/>$/.test(line)) continue;
    if (/^>?\s*\|/.test(line)) {
      if (/^>?\s*\|[\s:|-]+\|?$/.test(line)) continue; // |---|:---:| rule
      const cells = line.replace(/^>?\s*\|/, '').replace(/\|$/, '').split('|');
      for (const cell of cells) {
        const text = inlineMarkdownToText(cell);
        if (text) units.push(text);
      }
      continue;
    }
    const text = inlineMarkdownToText(
      line
        .replace(/^>\s?/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/^(?:[-*]|\d+\.)\s+/, ''),
    );
    if (text) units.push(text);
  }
  return units;
}

/** A source file keeps its original Learn file name, whose base name is the portal slug. */
export function slugOfSourceFile(fileName: string): string {
  return fileName.replace(/\.md$/, '');
}

/** Every `<a name>` of a seed, and its `<span id>` alias anchors: the deep links the portal must keep. */
export function seedAnchors(raw: string): string[] {
  return [...raw.matchAll(/<a name="([^"]+)">|<span id="([^"]+)"\s*\/>/g)].map((m) => (m[1] ?? m[2]) as string);
}
