#!/usr/bin/env node
// node scripts/compare-builds.mjs <before> <after>: compares two builds' pre-rendered output (copies of
// `.next/server/app`), file by file: every page's HTML, every `.md`, `llms.txt` and the search data. What a
// refactoring must keep is what an agent and a browser receive, so the HTML is compared as a tree of tags:
// attribute order, class-token order and whitespace between tags do not count; build ids, hashed asset names
// and Next's inline scripts (the RSC payload, which repeats the HTML) are left out. Prints a summary and the
// first differing lines of each file; exit 1 when anything differs.
import fs from 'node:fs';
import path from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage : node scripts/compare-builds.mjs <avant> <après> (copies de .next/server/app)');
  process.exit(2);
}

function files(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return files(dir, relative);
    return /\.(html|body)$/.test(entry.name) ? [relative] : [];
  });
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function normaliseTag(tag) {
  const match = /^<([a-zA-Z][\w:-]*)([\s\S]*?)(\/?)>$/.exec(tag);
  if (!match) return tag;
  const [, name, rest, selfClosing] = match;
  const attributes = [...rest.matchAll(ATTRIBUTE)].map(([, key, a, b, c]) => {
    let value = a ?? b ?? c;
    if (key === 'class' && value !== undefined) value = value.split(/\s+/).filter(Boolean).sort().join(' ');
    return value === undefined ? key : `${key}="${value}"`;
  });
  return `<${name}${attributes.length ? ' ' + attributes.sort().join(' ') : ''}${selfClosing ? ' /' : ''}>`;
}

/** The HTML as one line per tag or text, without what differs from build to build. */
function normaliseHtml(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\/_next\/[^>]*>/g, '')
    .replace(/\/_next\/static\/[^"'\s)]+/g, '/_next/static/…')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? normaliseTag(part) : part.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

function normalise(file, text) {
  if (file.endsWith('.html')) return normaliseHtml(text);
  if (file.endsWith('.json.body')) return JSON.stringify(JSON.parse(text), null, 1).split('\n');
  return text.split('\n');
}

/** Lines of `a` and `b` that the other lacks, by a longest-common-subsequence walk (small files only). */
function difference(a, b) {
  if (a.length * b.length > 4e7)
    return { removed: a.filter((x) => !b.includes(x)), added: b.filter((x) => !a.includes(x)) };
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const removed = [];
  const added = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) removed.push(a[i++]);
    else added.push(b[j++]);
  }
  return { removed: [...removed, ...a.slice(i)], added: [...added, ...b.slice(j)] };
}

const left = new Set(files(before));
const right = new Set(files(after));
let same = 0;
let differing = 0;
let changedLines = 0;
for (const file of [...new Set([...left, ...right])].sort()) {
  if (!left.has(file) || !right.has(file)) {
    console.log(`${left.has(file) ? 'retiré' : 'ajouté'} : ${file}`);
    differing++;
    continue;
  }
  const a = normalise(file, fs.readFileSync(path.join(before, file), 'utf8'));
  const b = normalise(file, fs.readFileSync(path.join(after, file), 'utf8'));
  if (a.join('\n') === b.join('\n')) {
    same++;
    continue;
  }
  differing++;
  const { removed, added } = difference(a, b);
  changedLines += removed.length + added.length;
  console.log(`\n≠ ${file} : ${removed.length} ligne(s) retirée(s), ${added.length} ajoutée(s)`);
  for (const line of removed.slice(0, 5)) console.log(`  - ${line.slice(0, 200)}`);
  for (const line of added.slice(0, 5)) console.log(`  + ${line.slice(0, 200)}`);
}
console.log(
  `\n${same + differing} fichier(s) comparé(s) : ${same} identique(s), ${differing} différent(s), ${changedLines} ligne(s) de différence.`,
);
process.exit(differing ? 1 : 0);
