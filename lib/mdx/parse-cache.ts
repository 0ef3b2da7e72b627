import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';

/**
 * Names the folder where the processes of one build keep the articles' parsed trees. A build parses every
 * article twice: the content check (`npm run check:content`, its own process, before `next build`), then
 * Next's worker. At 2,000 articles each parse of the whole content takes 45–65 s, nine tenths of it in
 * micromark, while reading the same trees back from JSON takes about a hundredth of that (docs/scale.md).
 * `scripts/build-sources.mjs` (`startParseCache`) makes a fresh folder for one build and deletes it after:
 * a tree is only ever read back by the same code that wrote it, in the same build. Unset (tests, `next dev`,
 * the server), every article is parsed.
 */
export const PARSE_CACHE_ENV = 'PORTAIL_PARSE_CACHE';

/**
 * `parse()` of the article `file` whose text is `body`, or the tree another process of the same build wrote
 * for the same file and text. A parse that fails (a content error) is not kept: each process meets the error.
 */
export function cachedParse(file: string, body: string, parse: () => Root, dir = process.env[PARSE_CACHE_ENV]): Root {
  if (!dir) return parse();
  const key = createHash('sha256').update(file).update('\0').update(body).digest('hex');
  const at = path.join(dir, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(at, 'utf8')) as Root;
  } catch {
    // Not written yet, or unreadable: parse it.
  }
  const tree = parse();
  try {
    // Written whole then renamed: a process that reads at the same time never sees half a tree.
    const partial = `${at}.${process.pid}.partiel`;
    fs.writeFileSync(partial, JSON.stringify(tree));
    fs.renameSync(partial, at);
  } catch {
    // A tree that cannot be kept only costs the next process its parse.
  }
  return tree;
}
