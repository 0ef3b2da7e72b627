// What `npm run test:hostile` looks for in what the portal serves: links and sources a browser would run
// (`javascript:`, `vbscript:`, `data:`, however they are disguised), live HTML that content must never
// produce, the text a reader sees, and whether an error message names a file and a line. Pure functions,
// tested in hostile-checks.test.ts; the harness (test-hostile.mjs) applies them to every page.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const NAMED_ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

/**
 * HTML character references decoded as a browser does in an attribute: numeric ones with or without their
 * `;` (`&#106avascript:` still reads `javascript:`), and the named ones an attacker uses for URLs.
 */
export function decodeEntities(text) {
  return text
    .replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code) => {
      const point = code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd';
    })
    .replace(/&([a-z]+);/gi, (whole, name) => NAMED_ENTITIES[name.toLowerCase()] ?? whole);
}

/** A URL as a browser reads its scheme: entities decoded, blanks and control characters dropped, lower case. */
export function urlScheme(raw) {
  const url = decodeEntities(String(raw))
    .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
}

const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

export function isDangerousUrl(raw) {
  return DANGEROUS_SCHEMES.has(urlScheme(raw) ?? '');
}

const URL_ATTRIBUTES =
  /\s(href|src|srcset|action|formaction|xlink:href|poster|data|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/** The strings of the React Server Components payload inlined in a page (`self.__next_f.push([1,"…"])`). */
export function flightChunks(html) {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]));
}

/** Dangerous URLs in an RSC payload: the `href`, `src`, `url`… props of the elements it describes. */
export function dangerousUrlsInFlight(text) {
  return [...text.matchAll(/"(href|src|srcSet|action|formAction|url|poster)":("(?:[^"\\]|\\.)*")/g)]
    .map((m) => JSON.parse(m[2]))
    .filter(isDangerousUrl);
}

/** Dangerous URLs in a served HTML page: its tags' URL attributes and the RSC payload it carries. */
export function dangerousUrlsInHtml(html) {
  const inTags = [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(URL_ATTRIBUTES)].map((m) => m[2].replace(/^["']|["']$/g, '')).filter(isDangerousUrl),
  );
  return [...inTags, ...flightChunks(html).flatMap(dangerousUrlsInFlight)];
}

/** Dangerous URLs in Markdown (the `.md` export, llms.txt): links, images, definitions, and raw HTML. */
export function dangerousUrlsInMarkdown(markdown) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const found = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isDangerousUrl(node.url))
      found.push(node.url);
    if (node.type === 'html') found.push(...dangerousUrlsInHtml(node.value));
  });
  return found;
}

/** Dangerous URLs among the string values of a JSON document (the search data). */
export function dangerousUrlsInJson(value) {
  if (typeof value === 'string') return isDangerousUrl(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(dangerousUrlsInJson);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dangerousUrlsInJson);
  return [];
}

/**
 * Live markup that no article may produce in a page: frames and plugins, event-handler attributes, and
 * scripts other than the framework's own (the RSC payload, the theme script), found by what they run.
 */
export function liveMarkup(html) {
  const found = [];
  for (const m of html.matchAll(/<(iframe|frame|object|embed|base|meta\s+http-equiv)\b[^>]*>/gi)) found.push(m[0]);
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi))
    for (const m of tag[0].matchAll(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) found.push(m[0].trim());
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi))
    if (/alert\(|portail-hostile|getBuiltinModule/.test(m[1]) && !m[1].startsWith('self.__next_f')) found.push(m[0]);
  return found;
}

/** The text a reader of the page gets: elements' text, plus the alt and title of images and links. */
export function visibleText(html) {
  const body = html.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const attributes = [...body.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/gi)].map((m) => m[1]);
  const text = body.replace(/<[^>]*>/g, ' ');
  return decodeEntities([text, ...attributes].join(' ')).replace(/\s+/g, ' ');
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line numbers an output gives for a file, `<file>:<line>` (the file as a path ending with `relative`,
 * e.g. `../tmp/x/sources/inclusion-passwd.md:14`).
 */
export function linesNamed(output, relative) {
  const pattern = new RegExp(`(?:^|[\\s/\\\\«"'(])${escapeRegExp(relative)}:(\\d+)`, 'g');
  return [...output.matchAll(pattern)].map((m) => Number(m[1]));
}

/** Whether an output names a file at all (a path ending with `relative`, with or without a line). */
export function namesFile(output, relative) {
  // A file inside a folder that is refused as a whole (a link out of the repository) is named by its folder.
  const parts = relative.split('/');
  const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
  const named = (name, after) => new RegExp(`(?:^|[\\s/\\\\«"'(])${escapeRegExp(name)}(?!${after})`).test(output);
  return named(relative, '[\\w.-]') || folders.some((folder) => named(folder, '[\\w./\\\\-]'));
}
