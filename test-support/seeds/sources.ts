/**
 * The five source articles as published on Learn, kept untouched in content/sources under their original
 * file names (the repository carries its own copy: nothing reads outside it). Tests compare the portal
 * against them; the importer reads them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugOfSourceFile } from './text-units';

export const SOURCES_DIR = path.resolve(process.cwd(), 'content/sources');

export type SourceArticle = { slug: string; file: string; raw: string };

export function readSources(dir: string = SOURCES_DIR): SourceArticle[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => ({ slug: slugOfSourceFile(file), file, raw: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

export function readSource(slug: string, dir: string = SOURCES_DIR): string {
  return fs.readFileSync(path.join(dir, `${slug}.md`), 'utf8');
}
