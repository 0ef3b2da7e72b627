import { createHash } from 'node:crypto';
import { splitFrontMatter } from '@/lib/front-matter';
import type { ImportedFrontMatter, ProductId } from './types';

export type SourceFrontMatter = Record<string, unknown>;

/**
 * The source's `ms.*` front matter (YAML only: lib/front-matter.ts) and its body, with the body's first line
 * number in the file; `file` names the source in errors.
 */
export function splitSource(
  raw: string,
  file = 'source',
): { data: SourceFrontMatter; body: string; firstLine: number } {
  const { data, body, bodyLine } = splitFrontMatter(raw, file);
  return { data, body, firstLine: bodyLine };
}

/** `ms.date` (or `ms.lasthandoff` when absent), Learn's M/D/YYYY, as an ISO date. */
export function sourceDate(data: SourceFrontMatter): string | undefined {
  const raw = data['ms.date'] ?? data['ms.lasthandoff'];
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(raw ?? '').trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** Learn suffixes its titles with the site name; the portal shows the title alone. */
export function cleanTitle(title: string): string {
  return title.replace(/\s*\|\s*Microsoft Docs$/, '').trim();
}

/** A short, stable fingerprint of the source file: `npm run import -- --check` compares it. */
export function sourceHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** What the importer knows of an article's place on Learn: its product, and its folder when known. */
export type LearnPlace = { product: ProductId; learnDir?: string };

/**
 * Products the portal names, by `ms.service`/`ms.prod`/`ms.technology` and by docset folder. Anything else
 * is « Microsoft Learn » (`learn`): a neutral label, never another product's.
 */
const PRODUCT_OF_SERVICE: Readonly<Record<string, ProductId>> = {
  'azure-advanced-threat-protection': 'azure-atp',
  'microsoft-defender-for-identity': 'azure-atp',
  'microsoft-365-security': 'defender-endpoint',
  'm365-security': 'defender-endpoint',
  mde: 'defender-endpoint',
  'microsoft-intune': 'intune',
};
const PRODUCT_OF_FOLDER: Readonly<Record<string, ProductId>> = { ATPDocs: 'azure-atp' };

/**
 * Learn folders known without a repository to read them from (a single file, the seeds): the service's own
 * docset. A source inside a repository takes its folder from the repository (`docsetUrlBase`) first.
 */
const KNOWN_BASE_OF_SERVICE: Readonly<Record<string, string>> = {
  'azure-advanced-threat-protection': 'azure-advanced-threat-protection',
  'microsoft-defender-for-identity': 'defender-for-identity',
  'microsoft-365-security': 'microsoft-365/security/defender-endpoint',
  'm365-security': 'microsoft-365/security/defender-endpoint',
  mde: 'microsoft-365/security/defender-endpoint',
};
const KNOWN_BASE_OF_FOLDER: Readonly<Record<string, string>> = { ATPDocs: 'defender-for-identity' };

const SERVICE_KEYS = ['ms.service', 'ms.prod', 'ms.technology'] as const;
const firstKnown = <T>(table: Readonly<Record<string, T>>, keys: readonly string[]): T | undefined =>
  keys.map((key) => table[key]).find((value) => value !== undefined);

/** Where a source sits: its folders in the repository, and its docset (folder of docfx.json, URL base). */
export type DocsetPlace = {
  folders: readonly string[];
  /** Folders of the file below its docset's folder (`deploy-use` for `intune-classic/deploy-use/x.md`). */
  inDocset?: readonly string[];
  /** The docset's Learn URL base from the repository's redirections (lib/import/docfx.ts). */
  urlBase?: string;
};

/**
 * Which product and Learn folder a source belongs to. The product: its `ms.service` (or `ms.prod`,
 * `ms.technology`), else its docset folder, else « Microsoft Learn ». The folder: the docset's URL base
 * (from the repository) followed by the file's folders in the docset, lower case as Learn's URLs; else a
 * known docset folder or service; else none — the article then has no Learn link rather than a guessed one.
 */
export function learnPlaceOf(data: SourceFrontMatter, place: DocsetPlace): LearnPlace {
  const services = SERVICE_KEYS.map((key) => String(data[key] ?? '').trim()).filter(Boolean);
  const folders = [...place.folders].reverse();
  const product = firstKnown(PRODUCT_OF_SERVICE, services) ?? firstKnown(PRODUCT_OF_FOLDER, folders) ?? 'learn';
  if (place.urlBase) {
    const below = (place.inDocset ?? []).map((folder) => folder.toLowerCase());
    return { product, learnDir: [place.urlBase, ...below].join('/') };
  }
  const base = firstKnown(KNOWN_BASE_OF_FOLDER, folders) ?? firstKnown(KNOWN_BASE_OF_SERVICE, services);
  return base ? { product, learnDir: base } : { product };
}

/** The portal's front matter of an imported article (keys without a value are left out), in the order the content files use. */
export function renderFrontMatter(meta: ImportedFrontMatter): string {
  const keys: (keyof ImportedFrontMatter)[] = [
    'title',
    'description',
    'product',
    'sourceFile',
    'sourceDate',
    'learnUrl',
    'learnDir',
    'sourceHash',
  ];
  const present = keys.filter((key) => meta[key] !== undefined);
  return `---\n${present.map((key) => `${key}: ${JSON.stringify(meta[key])}`).join('\n')}\n---\n`;
}
