import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An article's front matter as the build accepts it, with its title. */
export const articleFront = (title: string) =>
  [
    '---',
    `title: "${title}"`,
    'description: "Une description."',
    'product: "learn"',
    'sourceFile: "a.md"',
    'sourceDate: "2024-01-01"',
    '---',
    '',
  ].join('\n');

/** A content directory of its own, in the system's temporary folder: `files` by path relative to it. */
export function contentDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}
