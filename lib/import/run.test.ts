import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportResult } from './run';
import { markerPath, payload, sourceFolder } from './testing';

/** Issue #14: a broken or hostile source is refused alone, with its file and line, and reads nothing outside. */

const good = '---\ntitle: Bon\nms.date: 01/02/2021\n---\n# Bon\n\nTexte.\n';
const tempInto = () => fs.mkdtempSync(path.join(os.tmpdir(), 'import-into-'));
const byFile = (result: ImportResult) =>
  Object.fromEntries(result.outcomes.map((o) => [path.basename(o.source), { status: o.status, problems: o.problems }]));
const refusal = (result: ImportResult, name: string) =>
  result.outcomes.find((o) => path.basename(o.source) === name)?.problems.join('\n') ?? '';

function importFolder(files: Record<string, string | Uint8Array>, options: { repository?: boolean } = {}) {
  const root = sourceFolder({
    ...(options.repository ? { '.openpublishing.redirection.json': '{"redirections":[]}' } : {}),
    ...files,
  });
  const into = tempInto();
  const result = runImport({ sources: [path.join(root, 'docs')], into });
  return { root, into, result, written: fs.readdirSync(path.join(into, 'articles')).sort() };
}

describe('a broken source fails alone, loudly, with its file and line', () => {
  it.each([
    ['broken YAML front matter', '---\ntitle: [non fermé\n---\n# T\n', /broken\.md:2: front matter illisible/],
    [
      'an unclosed HTML comment',
      '# T\n\nTexte.\n\n<!-- début\n\nla suite serait perdue\n',
      /broken\.md:5: commentaire HTML non fermé/,
    ],
    [
      'an unclosed fence',
      '# T\n\n```powershell\nGet-Service\n\nla suite deviendrait du code\n',
      /broken\.md:3: bloc de code non fermé/,
    ],
    ['a NUL character', '# T\n\nTexte\u0000binaire\n', /broken\.md:3: caractère NUL/],
  ])('%s', (_, source, message) => {
    const { result, written } = importFolder({
      'docs/a-good.md': good,
      'docs/broken.md': source,
      'docs/z-good.md': good,
    });
    expect(byFile(result)['broken.md']?.status).toBe('refusé');
    expect(refusal(result, 'broken.md')).toMatch(message);
    expect(written).toEqual(['a-good.mdx', 'z-good.mdx']);
    expect(result.ok).toBe(false);
  });

  it('invalid UTF-8, named with its line; no U+FFFD in the others', () => {
    const bytes = Buffer.concat([Buffer.from('# T\n\nligne\nmauvais '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const { result, written } = importFolder({ 'docs/broken.md': bytes, 'docs/good.md': good });
    expect(refusal(result, 'broken.md')).toMatch(/broken\.md:4: octets invalides/);
    expect(written).toEqual(['good.mdx']);
  });

  it('a YAML article that does not parse', () => {
    const { result, written } = importFolder({
      'docs/faq.yml': '### YamlMime:FAQ\ntitle: FAQ\nsections:\n  - question: [x\n',
      'docs/good.md': good,
    });
    expect(refusal(result, 'faq.yml')).toMatch(/faq\.yml:\d+: YAML illisible/);
    expect(written).toEqual(['good.mdx']);
  });

  it('control characters are removed and reported with their line', () => {
    const { result, into } = importFolder({ 'docs/ctl.md': '# T\n\nun\u0007deux\u001b[31m\n' });
    expect(result.outcomes[0]?.notes).toContainEqual(
      expect.objectContaining({ line: 3, construct: 'caractère de contrôle U+0007, U+001B retiré' }),
    );
    expect(fs.readFileSync(path.join(into, 'articles/ctl.mdx'), 'utf8')).toMatch(/undeux\\?\[31m/);
  });

  it('a source over 1 MB, or with more than 2,000 headings, is refused with its name, nothing written', () => {
    const { result, written } = importFolder({
      'docs/big.md': `# T\n\n${'x'.repeat(1_000_001)}\n`,
      'docs/sections.md': `# T\n\n${'## S\n\n'.repeat(2_001)}`,
      'docs/good.md': good,
    });
    expect(refusal(result, 'big.md')).toMatch(/big\.md: fichier de 1\s001 Ko refusé/);
    expect(refusal(result, 'sections.md')).toMatch(/sections\.md: 2\s002 titres : refusé/);
    expect(written).toEqual(['good.mdx']);
  }, 60_000);

  it('a prose line starting with import or export is text, not an error', () => {
    const { result } = importFolder({ 'docs/esm.md': '# T\n\nimport des données\n\nexport const x = 1\n' });
    expect(result.ok).toBe(true);
  });
});

describe('includes stay inside the source root', () => {
  const secret = 'SECRET-HORS-RACINE';

  it.each([
    ['a path that climbs out', '../../secret.md'],
    ['an absolute path', '/SECRET'],
  ])('%s, in a repository: the article is refused, naming file and line, nothing read', (_, target) => {
    const outside = sourceFolder({ 'secret.md': secret });
    const include = target === '/SECRET' ? path.join(outside, 'secret.md') : target;
    const { result, written } = importFolder(
      { 'docs/evil.md': `# T\n\nTexte [!INCLUDE [x](${include})] fin\n`, 'docs/good.md': good },
      { repository: true },
    );
    expect(refusal(result, 'evil.md')).toMatch(/evil\.md:3: \[!INCLUDE\] hors de la racine des sources/);
    expect(written).toEqual(['good.mdx']);
  });

  it('a symbolic link inside the root that points outside it is refused', () => {
    const outside = sourceFolder({ 'secret.md': secret });
    const root = sourceFolder({
      '.openpublishing.redirection.json': '{"redirections":[]}',
      'docs/evil.md': '# T\n\n[!INCLUDE [x](includes/lien.md)]\n',
    });
    fs.mkdirSync(path.join(root, 'docs/includes'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs/includes/lien.md'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs/article-lien.md'));
    const into = tempInto();
    const result = runImport({ sources: [path.join(root, 'docs')], into });
    expect(refusal(result, 'evil.md')).toMatch(/evil\.md:3: \[!INCLUDE\] hors de la racine des sources/);
    expect(result.problems.join('\n')).toMatch(/article-lien\.md: lien symbolique hors du dossier importé/);
    expect(fs.existsSync(path.join(into, 'articles'))).toBe(false);
  });

  it('a file named through a folder link that leaves the repository is refused, not read', () => {
    const outside = sourceFolder({ 'secret.md': `# Secret\n\n${secret}\n` });
    const root = sourceFolder({ '.openpublishing.redirection.json': '{"redirections":[]}', 'docs/good.md': good });
    fs.symlinkSync(outside, path.join(root, 'docs/dossier-lien'));
    const into = tempInto();
    const result = runImport({ sources: [path.join(root, 'docs/dossier-lien/secret.md')], into });
    expect(result.problems.join('\n')).toMatch(/secret\.md: lien symbolique hors du dossier importé/);
    expect(fs.existsSync(path.join(into, 'articles'))).toBe(false);
  });

  it('outside a folder given without repository: not read, removed, reported with file and line', () => {
    const { result, into } = importFolder({
      'docs/a.md': '# T\n\n[!INCLUDE [x](../secret.md)]\n',
      'secret.md': secret,
    });
    expect(result.outcomes[0]?.notes.map((n) => `${path.basename(n.file)}:${n.line}: ${n.construct}`)).toContain(
      'a.md:3: [!INCLUDE] hors du dossier importé (../secret.md), non lu, retiré',
    );
    expect(fs.readFileSync(path.join(into, 'articles/a.mdx'), 'utf8')).not.toContain(secret);
  });
});

describe('outputs stay inside --into', () => {
  it.each(['../../x', '/tmp/x', 'Majuscule', 'a/b', 'a--b', '-a', ''])('--slug %j is refused', (slug) => {
    const root = sourceFolder({ 'a.md': good });
    const into = tempInto();
    const result = runImport({ sources: [path.join(root, 'a.md')], into, slug });
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/--slug .* refusé : minuscules, chiffres et tirets/);
    expect(fs.existsSync(path.join(into, 'articles'))).toBe(false);
  });

  it('an article of --into whose front matter is ---js is refused with its file, never evaluated', () => {
    const marker = markerPath('front-matter');
    const into = tempInto();
    fs.mkdirSync(path.join(into, 'articles'));
    const hostile = `---js\n${payload(marker)}; ({ title: 'x', sourceFile: 'a.md' })\n---\n# x\n`;
    fs.writeFileSync(path.join(into, 'articles', 'a.mdx'), hostile);
    const root = sourceFolder({ 'a.md': good, 'b.md': good });
    const result = runImport({ sources: [root], into });
    expect(fs.existsSync(marker)).toBe(false);
    expect(refusal(result, 'a.md')).toMatch(/articles\/a\.mdx:1: front matter « js » refusé/);
    expect(fs.readFileSync(path.join(into, 'articles', 'a.mdx'), 'utf8')).toBe(hostile);
    expect(fs.readdirSync(path.join(into, 'articles')).sort()).toEqual(['a.mdx', 'b.mdx']);
    expect(result.problems.join('\n')).toMatch(/articles\/a\.mdx:1: front matter « js » refusé/);
    expect(result.ok).toBe(false);
  });

  it('a file in a subfolder never takes the slug of the docset article, in whichever order they come', () => {
    const impostor = '# Imposteur\n\nTEXTE-IMPOSTEUR\n';
    const { result, into, written } = importFolder(
      { 'docs/a-sous-dossier/bon-article.md': impostor, 'docs/bon-article.md': good },
      { repository: true },
    );
    expect(written).toEqual(['bon-article.mdx']);
    expect(fs.readFileSync(path.join(into, 'articles/bon-article.mdx'), 'utf8')).not.toContain('TEXTE-IMPOSTEUR');
    expect(refusal(result, 'bon-article.md')).toMatch(
      /a-sous-dossier\/bon-article\.md: slug « bon-article » déjà revendiqué/,
    );
    expect(result.ok).toBe(false);
  });

  it('a file name with capitals gets the lower-case slug Learn gives it and keeps its name as its source', () => {
    const { written, into } = importFolder({ 'docs/Nom-En-Majuscules.md': good });
    expect(written).toEqual(['nom-en-majuscules.mdx']);
    expect(fs.readFileSync(path.join(into, 'articles/nom-en-majuscules.mdx'), 'utf8')).toContain(
      'sourceFile: "Nom-En-Majuscules.md"',
    );
  });
});
