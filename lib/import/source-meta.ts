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

type Docset = { product: ProductId; learnDir: string };

/**
 * Which product and Learn folder a source belongs to: first its docset folder in Microsoft's repository
 * (ATPDocs is published under /defender-for-identity), then `ms.service`, `ms.prod` or `ms.technology`.
 */
const DOCSET_FOLDERS: Readonly<Record<string, Docset>> = {
  ATPDocs: { product: 'azure-atp', learnDir: 'defender-for-identity' },
};
const SERVICES: Readonly<Record<string, Docset>> = {
  'azure-advanced-threat-protection': { product: 'azure-atp', learnDir: 'azure-advanced-threat-protection' },
  'microsoft-defender-for-identity': { product: 'azure-atp', learnDir: 'defender-for-identity' },
  'microsoft-365-security': { product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
  'm365-security': { product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
  mde: { product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
};

export function docsetOf(data: SourceFrontMatter, folders: readonly string[]): Docset | undefined {
  for (const folder of [...folders].reverse()) {
    const docset = DOCSET_FOLDERS[folder];
    if (docset) return docset;
  }
  for (const key of ['ms.service', 'ms.prod', 'ms.technology']) {
    const docset = SERVICES[String(data[key] ?? '')];
    if (docset) return docset;
  }
  return undefined;
}

/** The portal's front matter of an imported article, in the order the content files use. */
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
  return `---\n${keys.map((key) => `${key}: ${JSON.stringify(meta[key])}`).join('\n')}\n---\n`;
}
