/**
 * Helpers of the importer's tests: a throw-away source folder, a payload that would leave a marker file if
 * it ever ran, and an imported article compiled and rendered as the build does (MDX with GFM and the
 * article checks), so that a test sees what an agent would see.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Components } from 'hast-util-to-jsx-runtime';
import { createElement, Fragment, type ReactNode } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { splitFrontMatter } from '@/lib/front-matter';
import { parseArticleBody } from '@/lib/mdx/article-syntax';
import { compileArticle } from '@/lib/mdx/compile-article';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { convertBody, type ConvertOptions } from './convert';
import { emitMdx } from './emit';

/** A source body converted and written as MDX, with the notes as `line: construct`. */
export function convertMarkdown(markdown: string, options: ConvertOptions = {}) {
  const lines = markdown.split('\n').map((text, i) => ({ text, file: 'a.md', line: i + 1 }));
  const { tree, notes, title } = convertBody('a.md', lines, options);
  return { tree, mdx: emitMdx(tree), notes: notes.map((n) => `${n.line}: ${n.construct}`), title };
}

/** A temporary folder holding `files` (relative path → text or bytes). */
export function sourceFolder(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-source-'));
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), content);
  }
  return root;
}

/** A path no test creates: if it exists after a test, a payload ran. */
export function markerPath(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'import-marker-')), name);
}

/** JavaScript that writes the marker file when (if ever) it runs. */
export function payload(marker: string): string {
  return `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
}

const passThrough = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children);

/** The article vocabulary, rendered as plain text so that the test reads what is shown. */
const components = {
  Callout: passThrough,
  Figure: ({ alt }: { alt: string }) => createElement('figure', null, alt),
  Anchor: ({ id }: { id: string }) => createElement('span', { id }),
  AnchorAlias: () => null,
  EnglishOriginal: ({ heading, children }: { heading: string; children?: ReactNode }) =>
    createElement('details', null, heading, children),
  CodeTable: () => null,
  DeviceJoinStateTable: () => null,
  SensorUrlTable: () => null,
  PortalUrlList: () => null,
} as unknown as Partial<Components>;

/** An article's MDX checked, compiled and rendered to HTML the way the build does it (components/article/article-body.tsx). */
export async function renderArticle(mdx: string, file = 'content/articles/test.mdx'): Promise<string> {
  const { body, bodyLine } = splitFrontMatter(mdx, file);
  const tree = parseArticleBody('\n'.repeat(bodyLine - 1) + body, file);
  const hast = await compileArticle(tree, file, { learnDir: 'test', internal: new Map() });
  return renderToStaticMarkup(hastToJsx(hast, { Fragment, jsx, jsxs, components, file }));
}

/** The text of rendered HTML, as a reader sees it (tags dropped, the few entities React writes decoded). */
export function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
