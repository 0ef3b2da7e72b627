import fs from 'node:fs';
import path from 'node:path';
import { importMarkdownArticle, importYamlArticle, type ArticleSource, type ImportedArticle } from './article';
import { dataBlocksFor } from './data-blocks';
import { redirectLink } from './links';
import { checkStatus, chooseSlug } from './plan';
import { addAliases, diffSections, formatDiff, placeLostAnchors, sectionsOf, type AnchorDecision } from './sections';
import { docsetOf, sourceHash, splitSource } from './source-meta';
import { listSources, readDataFiles, readExisting, readSourceFile, repositoryOf } from './source-tree';
import type { ImportNote } from './types';

export type ImportOptions = {
  sources: readonly string[];
  into: string;
  slug?: string;
  check?: boolean;
  aliases?: readonly AnchorDecision[];
  /** Write nothing (tests, --check). */
  dryRun?: boolean;
};

export type ArticleOutcome = {
  source: string;
  slug: string;
  status: 'importé' | 'à jour' | 'modifié' | 'nouveau' | 'refusé';
  diff: string[];
  notes: ImportNote[];
  problems: string[];
  article?: ImportedArticle;
};

export type ImportResult = { outcomes: ArticleOutcome[]; skipped: string[]; ok: boolean };

/**
 * `npm run import`: imports DocFX sources into a content directory (articles/<slug>.mdx), or with
 * `check` only says which sources changed. A re-import that would lose an anchor fails for that article
 * and says what to decide; nothing is written for it.
 */
export function runImport(options: ImportOptions): ImportResult {
  const { articles: files, skipped } = listSources(options.sources);
  if (options.slug && files.length !== 1) throw new Error('--slug ne vaut que pour un seul fichier source');
  const existing = readExisting(options.into);
  const dataFiles = readDataFiles(options.into);
  const outcomes: ArticleOutcome[] = [];
  const claimed = new Map<string, string>();

  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8');
    const repository = repositoryOf(file);
    const repoPath = repository ? path.relative(repository.root, file) : path.basename(file);
    const folders = (repository ? repoPath : file).split(path.sep).slice(0, -1);
    const yaml = file.endsWith('.yml');
    const data = yaml ? {} : splitSource(raw, file).data;
    const learnDir = docsetOf(data, folders)?.learnDir ?? '';
    const redirections = repository?.redirections ?? new Map<string, string>();
    const { slug } = chooseSlug({ fileName: path.basename(file), learnDir }, existing, redirections, options.slug);
    const before = existing.find((a) => a.slug === slug);
    const base = { source: file, slug, diff: [] as string[], notes: [] as ImportNote[], problems: [] as string[] };

    if (claimed.has(slug)) {
      outcomes.push({ ...base, status: 'refusé', problems: [`slug « ${slug} » déjà pris par ${claimed.get(slug)}`] });
      continue;
    }
    claimed.set(slug, file);
    if (options.check) {
      outcomes.push({ ...base, status: checkStatus(sourceHash(raw), before) });
      continue;
    }

    const source: ArticleSource = { file, raw, folders };
    const article = yaml
      ? importYamlArticle(source, slug)
      : importMarkdownArticle(source, slug, readSourceFile, {
          dataBlocks: dataBlocksFor(slug, dataFiles),
          rewriteLink: (href) => redirectLink(href, repoPath, redirections),
        });
    let mdx = article.mdx;
    const outcome: ArticleOutcome = { ...base, status: 'importé', notes: article.notes, article };
    if (before) {
      const old = sectionsOf(before.mdx);
      const diff = diffSections(old, sectionsOf(mdx));
      outcome.diff = formatDiff(slug, diff);
      const { placed, problems } = placeLostAnchors(old, sectionsOf(mdx), diff.lostAnchors, options.aliases ?? []);
      mdx = addAliases(mdx, placed);
      outcome.diff.push(...placed.map((p) => `${slug}  → #${p.anchor} devient un alias de #${p.target}`));
      if (problems.length) Object.assign(outcome, { status: 'refusé', problems });
    }
    outcome.article = { ...article, mdx };
    if (outcome.status === 'importé' && !options.dryRun) {
      fs.mkdirSync(path.join(options.into, 'articles'), { recursive: true });
      fs.writeFileSync(path.join(options.into, 'articles', `${slug}.mdx`), mdx);
    }
    outcomes.push(outcome);
  }
  const ok = outcomes.every((o) => (options.check ? o.status === 'à jour' : o.status === 'importé'));
  return { outcomes, skipped, ok };
}
