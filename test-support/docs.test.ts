import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

/**
 * The README fits on a screen and the docs stay true to the repository: the README is at most 6 KB; every
 * `npm run <script>` that README.md or docs/*.md names exists in package.json; every relative link of those
 * files reaches a file or folder of the repository, and a `#fragment` into a Markdown page one of its headings;
 * docs/dependencies.md names exactly the packages of package.json. Written after a 48 KB README whose figures had
 * drifted apart and whose paths named files that had moved.
 */
const ROOT = path.resolve(__dirname, '..');
const README_MAX_BYTES = 6 * 1024;

/**
 * Pages that other branches are writing at the same time (issue #15): the docs may link to them before they
 * land. Once one exists, its entry must go, so that the list cannot outlive the merge.
 */
const PENDING_PAGES: string[] = [];

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const markdownFiles = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
/** Each page read and parsed once, while the file is collected (parsing is slow on a loaded machine). */
const pages = new Map(markdownFiles.map((file) => [file, parse(read(file))]));

/** `npm run <name>` anywhere in the text, prose and code blocks alike (a command shown is a command run). */
export function npmRunNames(text: string): string[] {
  return [...text.matchAll(/\bnpm run ([\w:.-]*[\w])/g)].map((match) => match[1] as string);
}

/** Targets of the links and link definitions that point inside the repository (no scheme, not `#…` alone). */
export function relativeTargets(tree: Root): string[] {
  const targets: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') targets.push(node.url);
  });
  return targets
    .filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#') && !url.startsWith('//'))
    .map((url) => decodeURIComponent(url.replace(/[?#].*$/, '')));
}

/** Links with a `#fragment` (same page or another), as the page path relative to the linking file and the fragment. */
export function fragmentLinks(tree: Root): { target: string; fragment: string }[] {
  const links: { target: string; fragment: string }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const match = /^([^?#]*)#(.+)$/.exec(node.url);
    if (match && !/^[a-z][a-z0-9+.-]*:/i.test(node.url)) {
      links.push({ target: decodeURIComponent(match[1] as string), fragment: decodeURIComponent(match[2] as string) });
    }
  });
  return links;
}

/** The ids GitHub gives a page's headings: lower case, punctuation dropped, spaces → `-`, repeats numbered. */
export function headingIds(tree: Root): string[] {
  const seen = new Map<string, number>();
  const ids: string[] = [];
  visit(tree, 'heading', (heading) => {
    const base = toString(heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.push(count === 0 ? base : `${base}-${count}`);
  });
  return ids;
}

/** A link target of `file`, as a repository path (forward slashes), or undefined when it leaves the repository. */
function repositoryPath(file: string, target: string): string | undefined {
  const absolute = target.startsWith('/')
    ? path.join(ROOT, target)
    : path.resolve(path.dirname(path.join(ROOT, file)), target);
  const relative = path.relative(ROOT, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
}

/** Packages named in the first column of docs/dependencies.md's tables, each in backticks. */
export function documentedPackages(tree: Root): string[] {
  const names: string[] = [];
  visit(tree, 'tableRow', (row, index) => {
    if (index === 0) return; // the header row
    const [first] = row.children;
    if (!first) return;
    visit(first, 'inlineCode', (code) => {
      names.push(code.value);
    });
  });
  return names;
}

describe('the helpers of this test', () => {
  it('find npm scripts, relative links and documented packages', () => {
    expect(npmRunNames('`npm run bench:load` then npm run test:e2e. Not npm test.')).toEqual([
      'bench:load',
      'test:e2e',
    ]);
    const links = '[a](docs/x.md#top) [b](https://x.example) [c](#here) ![d](./img.png)\n\n[e]: ../lib/x.ts\n';
    expect(relativeTargets(parse(links))).toEqual(['docs/x.md', './img.png', '../lib/x.ts']);
    expect(relativeTargets(parse('`[not](a/link.md)`\n\n```\n[nor](this.md)\n```\n'))).toEqual([]);
    const table = '| package | why |\n|---|---|\n| `next`, `react` | the stack |\n| `zod` | schemas |\n';
    expect(documentedPackages(parse(table))).toEqual(['next', 'react', 'zod']);
    expect(fragmentLinks(parse('[a](x.md#top) [b](#here) [c](https://x.example/#no) [d](y.md)'))).toEqual([
      { target: 'x.md', fragment: 'top' },
      { target: '', fragment: 'here' },
    ]);
    const headings = '# Deployment: two shapes\n## `npm start`\n## Notes\n## Notes\n### Où, « quoi »\n';
    expect(headingIds(parse(headings))).toEqual([
      'deployment-two-shapes',
      'npm-start',
      'notes',
      'notes-1',
      'où--quoi-',
    ]);
  });
});

describe('the README and docs/', () => {
  it('README.md fits on a screen (at most 6 KB)', () => {
    expect(fs.statSync(path.join(ROOT, 'README.md')).size).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('README.md names the command CI runs (.ci/run runs `npm test`)', () => {
    expect(read('.ci/run')).toMatch(/^npm test$/m);
    expect(read('README.md')).toMatch(/^npm test\b/m);
  });

  it('every `npm run <script>` they name exists in package.json', () => {
    const missing = markdownFiles.flatMap((file) =>
      npmRunNames(read(file))
        .filter((name) => !(name in packageJson.scripts))
        .map((name) => `${file}: npm run ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('every relative link reaches a file or folder of the repository', () => {
    const broken = markdownFiles.flatMap((file) =>
      relativeTargets(pages.get(file) as Root)
        .filter((target) => {
          const resolved = repositoryPath(file, target);
          if (resolved === undefined) return true;
          if (PENDING_PAGES.includes(resolved)) return false;
          return !fs.existsSync(path.join(ROOT, resolved));
        })
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('every `#fragment` into a Markdown page names one of its headings', () => {
    const broken = markdownFiles.flatMap((file) =>
      fragmentLinks(pages.get(file) as Root)
        .filter(({ target }) => target === '' || target.endsWith('.md'))
        .filter(({ target, fragment }) => {
          const page = target === '' ? file : repositoryPath(file, target);
          if (page === undefined || PENDING_PAGES.includes(page)) return false;
          const tree = pages.get(page) ?? (fs.existsSync(path.join(ROOT, page)) ? parse(read(page)) : undefined);
          return tree !== undefined && !headingIds(tree).includes(fragment);
        })
        .map(({ target, fragment }) => `${file}: ${target}#${fragment}`),
    );
    expect(broken).toEqual([]);
  });

  it('pages still listed as pending do not exist yet (remove them from PENDING_PAGES once merged)', () => {
    expect(PENDING_PAGES.filter((page) => fs.existsSync(path.join(ROOT, page)))).toEqual([]);
  });

  it('docs/dependencies.md names exactly the packages of package.json', () => {
    const page = pages.get('docs/dependencies.md');
    const documented = page ? documentedPackages(page) : [];
    const installed = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies });
    expect({
      undocumented: installed.filter((name) => !documented.includes(name)).sort(),
      notInPackageJson: documented.filter((name) => !installed.includes(name)).sort(),
    }).toEqual({ undocumented: [], notInPackageJson: [] });
  });
});
