import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A clone of the repository alone must pass its tests: no code, config or script may read the shared
 * folder that sits beside the project on the team's machines. Prose (Markdown) may mention it.
 */
const ROOT = process.cwd();
const SKIP_DIRS = new Set([
  'node_modules',
  '.next',
  '.git',
  'out',
  'test-results',
  'playwright-report',
  'reports',
  'screenshots',
]);
const CODE_FILE = /\.(?:[cm]?[jt]sx?|json|sh|conf)$|^run$/;
// The folder's name is assembled, so that this file names no path outside the repository itself.
const FOLDER = ['sha', 'red'].join('');
const PARENT = '..';
const READS_SHARED = new RegExp(`\\.\\.[\\\\/]+${FOLDER}\\b|['"\`]\\.\\.['"\`]\\s*,\\s*['"\`]${FOLDER}['"\`]`);

function codeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : codeFiles(path.join(dir, entry.name));
    return CODE_FILE.test(entry.name) ? [path.join(dir, entry.name)] : [];
  });
}

describe('the repository stands alone', () => {
  it('recognises a read of the shared folder', () => {
    expect(READS_SHARED.test(`path.resolve(root, '${PARENT}/${FOLDER}/seeds')`)).toBe(true);
    expect(READS_SHARED.test(`path.join(process.cwd(), '${PARENT}', '${FOLDER}')`)).toBe(true);
    expect(READS_SHARED.test("path.resolve(process.cwd(), 'content/sources')")).toBe(false);
  });

  it('has no code, config or script that reads the folder beside the repository', () => {
    const files = codeFiles(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((file) => file !== path.join(ROOT, 'package-lock.json'))
      .filter((file) => READS_SHARED.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('carries its own copies of the sources, the search sample and the URL contract', () => {
    for (const file of ['content/sources/troubleshoot-onboarding.md', 'e2e/search-sample.json', 'docs/PRODUCT.md']) {
      expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
    }
  });
});
