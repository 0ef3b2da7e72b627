/**
 * Inline DocFX and HTML constructs of a source line, turned into the portal's MDX vocabulary. Each
 * function handles one construct; `escapeMdxText` runs last and leaves the markup they emit alone.
 */

const ENGLISH_PAIR =
  /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;

/** Machine-translated articles pair each French span with its English original (`sxs-lookup`): split them. */
export function splitBilingual(line: string): { french: string; english: string[] } {
  const english: string[] = [];
  const french = line.replace(ENGLISH_PAIR, (_, fr: string, en: string) => {
    english.push(en);
    return fr;
  });
  return { french, english };
}

/** A `data-ttu-id` span without its English double is only translation bookkeeping: keep its text. */
export function unwrapTranslationSpans(line: string): string {
  return line.replace(/<span data-ttu-id="[^"]*">([\s\S]*?)<\/span>/g, '$1');
}

const attribute = (value: string) => value.replace(/"/g, '&quot;');

/** `:::image … alt-text="…" …:::` and `![alt](src)`: the image files are not shipped, the caption is. */
export function replaceImages(line: string): string {
  return line
    .replace(/:::image\s[^:]*?alt-text="([^"]*)"[^:]*?:::/g, (_, alt: string) => `<Figure alt="${attribute(alt)}" />`)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, alt: string) => `<Figure alt="${attribute(alt)}" />`);
}

/**
 * `<a name="x"></a>` outside a heading: an anchor where it stands (a deep link Learn publishes). `keep`
 * says whether the id is still free (a heading may carry the same anchor, or an earlier line).
 */
export function replaceInlineAnchors(line: string, keep: (id: string) => boolean = () => true): string {
  return line.replace(/<a name="([^"]+)"\s*(?:\/>|><\/a>)/g, (_, id: string) =>
    keep(id) ? `<Anchor id="${attribute(id)}" />` : '',
  );
}

/** `<https://…>` autolinks (MDX reads them as JSX) become Markdown links. */
export function replaceAutolinks(line: string): string {
  return line.replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)');
}

/** Tags the importer writes itself; any other `<` is text. */
const OWN_MARKUP = /<(?:Figure alt="[^"]*"|Anchor id="[^"]*"|br) \/>/g;

/** Escapes what MDX would read as JSX or expressions, outside code spans and the importer's own markup. */
export function escapeMdxText(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const kept: string[] = [];
      return (
        part
          .replace(/<br\s*\/?>/gi, '<br />')
          .replace(OWN_MARKUP, (markup) => `\u0000${kept.push(markup) - 1}\u0000`)
          // A character already escaped in the source (an odd run of backslashes before it) stays as it is.
          .replace(/(\\*)([<{}])/g, (_, slashes: string, c: string) =>
            slashes.length % 2 === 1 ? slashes + c : `${slashes}\\${c}`,
          )
          .replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!)
      );
    })
    .join('');
}

const HTML_ELEMENTS = new Set(
  'a abbr b blockquote code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i iframe img kbd li ol p pre s small span strong sub sup table tbody td th thead tr u ul video'.split(
    ' ',
  ),
);

/**
 * HTML elements left in a line once the known constructs are handled: shown as text, reported. Placeholders
 * such as `<Access Key>` or `<your-instance-name>` are text in the source too, and are not reported.
 */
export function unknownTags(line: string): string[] {
  const prose = line
    .split(/(`+[^`]*`+)/)
    .filter((_, i) => i % 2 === 0)
    .join(' ');
  return [...prose.matchAll(/<\/?([a-z][a-z0-9]*)(?=[\s>/])[^>]*>/g)]
    .map((m) => m[1]!)
    .filter((tag) => HTML_ELEMENTS.has(tag));
}
