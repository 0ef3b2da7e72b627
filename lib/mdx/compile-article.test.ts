import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { renderToStaticMarkup } from 'react-dom/server';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleBody } from './article-syntax';
import { compileArticle } from './compile-article';
import { hastToJsx } from './hast-to-jsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-article-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A line of JavaScript that writes `marker` if it ever runs. */
const write = (marker: string) =>
  `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'exécuté')`;

const FILE = 'content/articles/hostile.mdx';
const links = { learnDir: 'x', internal: new Map<string, string>() };
const components = { Figure: () => null, Callout: () => null };

/** The whole path of an article page: parse and check, compile, render to HTML. */
async function page(body: string, parse: (body: string) => Root = (text) => parseArticleBody(text, FILE)) {
  const hast = await compileArticle(parse(body), FILE, links);
  return renderToStaticMarkup(hastToJsx(hast, { Fragment, jsx, jsxs, components, file: FILE }));
}

/** MDX parsed without the article check: what the renderer gets if a node ever slipped through it. */
function unchecked(body: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  return processor.runSync(processor.parse(body)) as Root;
}

// Every kind of MDX node that runs JavaScript when evaluated, each with a payload that writes a marker file.
const PAYLOADS: [kind: string, body: (marker: string) => string, line: number][] = [
  ['export (ESM)', (m) => `Texte\n\nexport const x = (${write(m)}, 1)\n`, 3],
  [
    'import (ESM)',
    (m) => {
      const imported = `${m}.mjs`;
      fs.writeFileSync(imported, `${write(m)};\n`);
      return `import ${JSON.stringify(new URL(`file://${imported}`).href)}\n\nTexte\n`;
    },
    1,
  ],
  ['expression in flow', (m) => `Texte\n\n{${write(m)}}\n`, 3],
  ['expression in text', (m) => `Texte {${write(m)}} suite\n`, 1],
  ['expression as an attribute value', (m) => `Texte\n\n<Figure alt={${write(m)}} />\n`, 3],
  ['spread attribute', (m) => `<Figure alt="a" {...(${write(m)}, {})} />\n`, 1],
  ['expression in a heading id', (m) => `<h2 id={(${write(m)}, 'a')}>Titre</h2>\n`, 1],
  ['expression inside a fragment', (m) => `Texte\n\n<>{${write(m)}}</>\n`, 3],
  ['expression inside a component', (m) => `<Callout type="note">\n\n{${write(m)}}\n\n</Callout>\n`, 3],
  [
    'member name of an element',
    (m) => `Texte\n\n<globalThis.process.exit>{${write(m)}}</globalThis.process.exit>\n`,
    3,
  ],
];

describe('an article page refuses every executable MDX node, and nothing runs', () => {
  it.each(PAYLOADS)('%s: refused with the file and line', async (kind, body, line) => {
    const marker = path.join(dir, kind.replace(/\W+/g, '-'));
    await expect(page(body(marker))).rejects.toThrow(new RegExp(`^${FILE}:${line}: `));
    expect(fs.existsSync(marker), 'the payload ran').toBe(false);
  });

  // The renderer evaluates nothing: a node the check missed fails the page instead of running.
  it.each(PAYLOADS)('%s: not run by the renderer even without the check', async (kind, body) => {
    const marker = path.join(dir, `unchecked-${kind.replace(/\W+/g, '-')}`);
    await expect(page(body(marker), unchecked)).rejects.toThrow(new RegExp(`^${FILE}`));
    expect(fs.existsSync(marker), 'the payload ran').toBe(false);
  });
});

describe('links that run code are dropped by the renderer too (behind the build’s refusal)', () => {
  it.each([
    ['a link', '[cliquez](javascript:alert(1))'],
    ['a link in disguise', '[cliquez](&#106;ava&Tab;script&colon;alert(1))'],
    ['a reference link', '[cliquez][r]\n\n[r]: vbscript:msgbox(1)'],
    ['an image', '![image](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('%s', async (_kind, body) => {
    expect(() => parseArticleBody(`${body}\n`, FILE)).toThrow(new RegExp(`^${FILE}:\\d+: .+ refusée? : `));
    const html = await page(`Texte ${body}\n`, unchecked);
    expect(html).toContain('Texte');
    expect(html).not.toMatch(/javascript|vbscript|data:|&#106;|colon;/i);
  });
});
