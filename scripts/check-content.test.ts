// npm run check:content on a content directory written by hand, as a hostile contributor would: every bad
// file is reported with its file:line, the good one is not, nothing in the files runs, and the exit code is 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-content-'));
const marker = path.join(dir, 'exécuté');
const write = `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;

const FRONT = [
  '---',
  'title: Article',
  'description: Un article.',
  'product: defender-endpoint',
  'sourceFile: article.md',
  'sourceDate: 2024-01-01',
  'learnUrl: https://learn.microsoft.com/fr-fr/defender-endpoint/article',
  'learnDir: defender-endpoint',
  '---',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'articles/bon.mdx': `${FRONT}<h2 id="a">Titre</h2>\n\nTexte et [lien](https://learn.microsoft.com/fr-fr/x).\n`,
  // Lines 12 and 14 (the front matter takes 9, then a blank line and « Texte »).
  'articles/esm.mdx': `${FRONT}Texte\n\nexport const x = (${write}, 1)\n\n{${write}}\n`,
  'articles/lien.mdx': `${FRONT}[cliquez](javascript:alert(1))\n`,
  'articles/front-js.mdx': `---js\n${write}; ({ title: 'x' })\n---\n\nTexte\n`,
  'articles/front-yaml-illisible.mdx': `---\ntitle: [non fermé\n---\n\nTexte\n`,
  'articles/enorme.mdx': `${FRONT}${'Texte très long. '.repeat(70_000)}\n`,
  'articles/sections.mdx': `${FRONT}${Array.from({ length: 1_001 }, (_, i) => `<h2 id="s${i}">S</h2>\n`).join('\n')}`,
  'tables/portal-urls.json': JSON.stringify(
    { source: { article: 'bon', anchor: 'a' }, urls: ['[x](vbscript:msgbox(1))', 'https://x.example'] },
    null,
    2,
  ),
  'tables/sensor-urls.json': '{\n  "source": {\n',
};

let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const child = spawnSync('npm', ['run', '--silent', 'check:content'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  run = { status: child.status, stdout: child.stdout, stderr: child.stderr };
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run check:content', () => {
  it('exits 1 and runs nothing from the files', () => {
    expect(run.status).toBe(1);
    expect(fs.existsSync(marker), 'a payload ran').toBe(false);
  });

  it.each([
    ['articles/esm.mdx:12: « import » et « export » sont interdits'],
    ['articles/esm.mdx:14: expression « {…} » interdite'],
    ['articles/lien.mdx:10: lien « javascript: » refusé'],
    ['articles/front-js.mdx:1: front matter « js » refusé : seul le YAML est accepté'],
    ['articles/front-yaml-illisible.mdx:2: front matter illisible'],
    ['articles/enorme.mdx: article trop volumineux : 1 260 220 octets (limite : 1 000 000)'],
    ['articles/sections.mdx:2010: trop de sections : 1 001 (limite : 1 000)'],
    ['tables/portal-urls.json:7: lien « vbscript: » refusé'],
    ['tables/sensor-urls.json:3: JSON invalide'],
  ])('reports %s', (line) => {
    const lines = run.stderr.split('\n').map((text) => text.replace(/\u202f/g, ' '));
    expect(lines.some((text) => text.startsWith(`${dir}/${line}`))).toBe(true);
  });

  it('reports nothing about the good article, and counts the errors', () => {
    expect(run.stderr).not.toContain('articles/bon.mdx');
    expect(run.stderr).toMatch(/Contenu refusé : 9 erreur\(s\) \(7 article\(s\), 2 table\(s\), 0 assistant\(s\)/);
  });
});
