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
  const same = existing.find((a) => a.sourceFile === source.fileName);
  if (same) return { slug: same.slug, reason: 'same-source' };
  const learnPath = `/${source.learnDir}/${source.fileName.replace(/\.(md|yml)$/, '')}`;
  const oldNames = [...redirections].filter(([, url]) => url === learnPath).map(([from]) => from.replace(/^.*\//, ''));
  const renamed = existing.find((a) => oldNames.includes(a.sourceFile));
  if (renamed) return { slug: renamed.slug, reason: 'renamed' };
  return { slug: source.fileName.replace(/\.(md|yml)$/, ''), reason: 'file-name' };
}

export type CheckStatus = 'à jour' | 'modifié' | 'nouveau';

/** `--check`: whether the source differs from what the article was imported from. */
export function checkStatus(hash: string, existing: ExistingArticle | undefined): CheckStatus {
  if (!existing) return 'nouveau';
  return existing.sourceHash === hash ? 'à jour' : 'modifié';
}
