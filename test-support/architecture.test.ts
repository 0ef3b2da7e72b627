import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the code, checked on every run: `app` → `components` → `lib`, never the other way; inside
 * `lib`, a module only imports modules of its own layer or below (LIB_LAYERS); `lib/routes.ts` imports no
 * domain module (only their id types); and no two modules import each other, directly or around a circle.
 * Type-only imports are erased at build time and allowed across layers, but not around a circle: two modules
 * that need each other's types are one module, or a third holds what they share.
 */
const ROOT = path.resolve(__dirname, '..');
const TOP = ['app', 'components', 'lib'] as const;

/**
 * `lib/` from the bottom up, by folder or file (the longest name that matches wins): each may import its
 * own layer and those before it.
 */
const LIB_LAYERS: readonly (readonly string[])[] = [
  // Leaves: text, URLs, errors, files and the code tables' facts, with no knowledge of the content.
  [
    'utils',
    'format',
    'text',
    'error-code',
    'content-error',
    'front-matter',
    'url-params',
    'static-export',
    'security-headers',
    'theme',
    'clipboard',
    'routes',
    'callouts',
    'links',
    'content-files',
    'tables/code-tables-meta',
    'tables/ranges',
    'slices',
    'worker-rpc',
  ],
  // The articles' vocabulary and its check: the syntax, not the content.
  ['vocabulary', 'mdx'],
  // The content's readers, one file each and no cache: articles, tables, wizards, the team's notes, the
  // articles' English originals.
  ['tables', 'wizards', 'articles', 'notes', 'english'],
  // The one model of the content, read once and kept (`getSite()`): every consumer reads the content here.
  ['site'],
  // Its consumers.
  ['search', 'ticket', 'analyse', 'import', 'feedback', 'logs', 'english/tree', 'english/original-data'],
  // The whole content checked before a build: every loader and the search vocabulary.
  ['content-check'],
];

type Edge = { from: string; to: string; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.ts$|\.d\.m?ts$/.test(entry.name) ? [relative] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(from: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith('@/')) target = specifier.slice(2);
  else if (specifier.startsWith('.')) target = path.join(path.dirname(from), specifier);
  else return undefined;
  const candidates = ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'].map((ext) => target + ext);
  return candidates.find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && !candidate.endsWith('/'));
}

function edgesOf(files: readonly string[]): Edge[] {
  return files.flatMap((from) => {
    const text = fs.readFileSync(path.join(ROOT, from), 'utf8');
    return [...text.matchAll(IMPORT)].flatMap((match) => {
      const to = resolveImport(from, match[3] as string);
      const typeOnly = Boolean(match[2]) || /^\s*import\s+\{\s*(?:type\s+[\w$]+\s*,?\s*)+\}/.test(match[0]);
      return to && fs.statSync(path.join(ROOT, to)).isFile() ? [{ from, to, typeOnly }] : [];
    });
  });
}

function libLayer(file: string): number {
  const name = file
    .split(path.sep)
    .slice(1)
    .join('/')
    .replace(/\.(ts|tsx|mjs)$/, '');
  const matches = LIB_LAYERS.flatMap((names, layer) =>
    names.filter((entry) => name === entry || name.startsWith(`${entry}/`)).map((entry) => ({ entry, layer })),
  ).sort((a, b) => b.entry.length - a.entry.length);
  const [best] = matches;
  if (!best) throw new Error(`${file} : absent de LIB_LAYERS (test-support/architecture.test.ts)`);
  return best.layer;
}

function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') found.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node);
  return found;
}

const files = TOP.flatMap(sourceFiles);
const edges = edgesOf(files);

describe('architecture', () => {
  it('reads the imports (the check itself works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.some((edge) => edge.from.startsWith('app') && edge.to.startsWith('components'))).toBe(true);
  });

  it('imports run downward only: app → components → lib', () => {
    const rank = (file: string) => TOP.indexOf(file.split(path.sep)[0] as (typeof TOP)[number]);
    const upward = edges.filter((edge) => rank(edge.to) < rank(edge.from));
    expect(upward.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
  });

  it('inside lib/, a layer never imports a layer above it', () => {
    const inLib = edges.filter((edge) => edge.from.startsWith('lib') && edge.to.startsWith('lib') && !edge.typeOnly);
    const upward = inLib.filter((edge) => libLayer(edge.to) > libLayer(edge.from));
    expect(upward.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
  });

  it('lib/routes.ts imports no domain module, only their id types', () => {
    const fromRoutes = edges.filter((edge) => edge.from === path.join('lib', 'routes.ts') && !edge.typeOnly);
    expect(fromRoutes.map((edge) => edge.to)).toEqual([]);
  });

  it('no two modules import each other, directly or around a circle', () => {
    expect(cycles(edges).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
