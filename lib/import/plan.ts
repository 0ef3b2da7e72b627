import { foldText } from '@/lib/text/fold';
import type { Redirections } from './links';

/** An article already in the content directory, as its front matter describes it. */
export type ExistingArticle = { slug: string; sourceFile: string; learnDir: string; sourceHash?: string };

/** A slug given with `--slug`: lower-case letters, digits and single dashes, never a path. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type SlugChoice = { slug: string; reason: 'option' | 'same-source' | 'renamed' | 'file-name' };

/**
 * The slug a source is imported under. The URL contract holds across updates: an article already imported
 * from the same file keeps its slug, and so does one whose file was renamed upstream (the redirections map
 * its old file to the new one's Learn URL). Otherwise the slug is the file's base name.
 */
export function chooseSlug(
  source: { fileName: string; learnDir: string },
  existing: readonly ExistingArticle[],
  redirections: Redirections,
  explicit?: string,
): SlugChoice {
  if (explicit) return { slug: explicit, reason: 'option' };
  // The same file name in two docsets is two articles (`intune/mam-faq.md`, `intune-classic/…/mam-faq.md`):
  // the one of the same Learn folder first, else the only one of that name.
  const named = existing.filter((a) => a.sourceFile === source.fileName);
  const same = named.find((a) => a.learnDir === source.learnDir) ?? (named.length === 1 ? named[0] : undefined);
  if (same) return { slug: same.slug, reason: 'same-source' };
  const learnPath = `/${source.learnDir}/${source.fileName.replace(/\.(md|yml)$/, '')}`;
  const oldNames = [...redirections].filter(([, url]) => url === learnPath).map(([from]) => from.replace(/^.*\//, ''));
  const renamed = existing.find((a) => oldNames.includes(a.sourceFile));
  if (renamed) return { slug: renamed.slug, reason: 'renamed' };
  return { slug: slugOfFileName(source.fileName), reason: 'file-name' };
}

/**
 * A file name as Learn writes it in a URL, within the slug vocabulary: lower case (`Nom-En-Majuscules.md` →
 * `nom-en-majuscules`), any other run of characters a dash. Empty when nothing of the name is left.
 */
export function slugOfFileName(fileName: string): string {
  return foldText(fileName.replace(/\.(md|yml)$/i, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type SlugClaim = { file: string; slug: string; depth: number };

/**
 * Sources of one run that claim the same slug: the one nearest its root (fewest folders) keeps it when it is
 * alone at that depth; every other is outranked. Returns outranked file → the file that keeps the slug (or,
 * on a tie at the top, the other claimants), whatever the order of the files.
 */
export function slugConflicts(claims: readonly SlugClaim[]): Map<string, string> {
  const bySlug = new Map<string, SlugClaim[]>();
  for (const claim of claims) bySlug.set(claim.slug, [...(bySlug.get(claim.slug) ?? []), claim]);
  const outranked = new Map<string, string>();
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    const top = Math.min(...group.map((c) => c.depth));
    const nearest = group.filter((c) => c.depth === top);
    const keeper = nearest.length === 1 ? nearest[0] : undefined;
    for (const claim of group)
      if (claim !== keeper)
        outranked.set(
          claim.file,
          keeper?.file ??
            nearest
              .filter((c) => c !== claim)
              .map((c) => c.file)
              .join(', '),
        );
  }
  return outranked;
}

export type CheckStatus = 'à jour' | 'modifié' | 'nouveau';

/** `--check`: whether the source differs from what the article was imported from. */
export function checkStatus(hash: string, existing: ExistingArticle | undefined): CheckStatus {
  if (!existing) return 'nouveau';
  return existing.sourceHash === hash ? 'à jour' : 'modifié';
}
