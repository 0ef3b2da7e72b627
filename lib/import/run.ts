import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content-error';
import {
  articleMdx,
  importMarkdownArticle,
  importYamlArticle,
  type ArticleSource,
  type ImportedArticle,
} from './article';
import { dataBlocksFor } from './data-blocks';
import { redirectLink } from './links';
import { checkStatus, chooseSlug, SLUG, slugConflicts } from './plan';
import { addAliases, diffSections, formatDiff, placeLostAnchors, sectionsOf, type AnchorDecision } from './sections';
import { docsetOf, sourceHash, splitSource } from './source-meta';
import { decodeSource } from './source-text';
import {
  isInside,
  listSources,
  readDataFiles,
  readExisting,
  repositoryOf,
  sourceReader,
  type ExistingContent,
  type SourceEntry,
} from './source-tree';
import type { ImportNote } from './types';
import { verifyArticleMdx } from './verify';

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

/** `problems`: what stopped the run or a path from being read at all (`file: raison`), beside the articles. */
export type ImportResult = { outcomes: ArticleOutcome[]; skipped: string[]; problems: string[]; ok: boolean };

type RunContext = {
  options: ImportOptions;
  existing: ExistingContent;
  dataFiles: { file: string; text: string }[];
  claimed: Map<string, string>;
};

/** Where an article is written: `<into>/articles/<slug>.mdx`, checked to be there (a slug is never a path). */
function articlePath(into: string, slug: string): string {
  const folder = path.resolve(into, 'articles');
  const file = path.resolve(folder, `${slug}.mdx`);
  if (path.dirname(file) !== folder || !isInside(file, folder))
    throw new ContentError(file, undefined, `slug « ${slug} » refusé : l’article sortirait de ${folder}`);
  return file;
}

/** The article's tree, updated against the version already in the content directory (diff, lost anchors). */
function update(
  article: ImportedArticle,
  before: { mdx: string } | undefined,
  ctx: RunContext,
  outcome: ArticleOutcome,
) {
  if (!before) return;
  const old = sectionsOf(before.mdx);
  const diff = diffSections(old, sectionsOf(article.mdx));
  outcome.diff = formatDiff(article.slug, diff);
  const { placed, problems } = placeLostAnchors(
    old,
    sectionsOf(article.mdx),
    diff.lostAnchors,
    ctx.options.aliases ?? [],
  );
  addAliases(article.tree, placed);
  article.mdx = articleMdx(article.meta, article.tree);
  outcome.diff.push(...placed.map((p) => `${article.slug}  → #${p.anchor} devient un alias de #${p.target}`));
  if (problems.length) Object.assign(outcome, { status: 'refusé', problems });
}

/** What a source is before it is converted: its text, where it sits in its repository, and its slug. */
type PlannedSource = {
  entry: SourceEntry;
  raw: string;
  decoding: ImportNote[];
  repository: ReturnType<typeof repositoryOf>;
  repoPath: string;
  folders: string[];
  slug: string;
};

function planSource(entry: SourceEntry, ctx: RunContext): PlannedSource {
  const { file } = entry;
  const { text: raw, notes: decoding } = decodeSource(fs.readFileSync(file), file);
  const repository = repositoryOf(file);
  const repoPath = repository ? path.relative(repository.root, file) : path.basename(file);
  const folders = (repository ? repoPath : file).split(path.sep).slice(0, -1);
  const data = file.endsWith('.yml') ? {} : splitSource(raw, file).data;
  const learnDir = docsetOf(data, folders)?.learnDir ?? '';
  const { slug } = chooseSlug(
    { fileName: path.basename(file), learnDir },
    ctx.existing.articles,
    repository?.redirections ?? new Map<string, string>(),
    ctx.options.slug,
  );
  if (!SLUG.test(slug))
    throw new ContentError(file, undefined, `aucun slug possible pour ce nom de fichier (« ${slug} »)`);
  return { entry, raw, decoding, repository, repoPath, folders, slug };
}

/** One source, imported alone: whatever is wrong with it is its outcome, never the run's. */
function importOne(planned: PlannedSource, ctx: RunContext): ArticleOutcome {
  const { entry, raw, decoding, repository, repoPath, folders, slug } = planned;
  const { file } = entry;
  const yaml = file.endsWith('.yml');
  const redirections = repository?.redirections ?? new Map<string, string>();
  const outcome: ArticleOutcome = { source: file, slug, status: 'importé', diff: [], notes: decoding, problems: [] };
  const taken = ctx.claimed.get(slug);
  if (taken) return { ...outcome, status: 'refusé', problems: [`${file}: slug « ${slug} » déjà pris par ${taken}`] };
  const unreadable = ctx.existing.unreadable.get(slug);
  if (unreadable) throw unreadable;
  const before = ctx.existing.articles.find((a) => a.slug === slug);
  if (ctx.options.check) return { ...outcome, status: checkStatus(sourceHash(raw), before) };

  const target = articlePath(ctx.options.into, slug);
  const source: ArticleSource = { file, raw, folders };
  const read = sourceReader(repository?.root ?? entry.folder, repository ? 'repository' : 'folder');
  const article = yaml
    ? importYamlArticle(source, slug)
    : importMarkdownArticle(source, slug, read, {
        dataBlocks: dataBlocksFor(slug, ctx.dataFiles),
        rewriteLink: (href) => redirectLink(href, repoPath, redirections),
      });
  Object.assign(outcome, { notes: [...decoding, ...article.notes], article });
  update(article, before, ctx, outcome);
  verifyArticleMdx(article.mdx, target);
  if (outcome.status === 'importé' && !ctx.options.dryRun) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, article.mdx);
  }
  return outcome;
}

/** A refusal as the report shows it: `file:line: raison` for content, the message alone otherwise. */
function refusal(entry: SourceEntry, error: unknown): ArticleOutcome {
  const message = error instanceof ContentError ? error.message : `${entry.file}: erreur inattendue : ${String(error)}`;
  return { source: entry.file, slug: '', status: 'refusé', diff: [], notes: [], problems: [message] };
}

/**
 * `npm run import`: imports DocFX sources into a content directory (articles/<slug>.mdx), or with
 * `check` only says which sources changed. Each source is imported alone: one that is broken, hostile,
 * too large or would lose an anchor is refused with its file and line, nothing is written for it, and
 * the others go on; `ok` is false at the end.
 */
export function runImport(options: ImportOptions): ImportResult {
  const listing = listSources(options.sources);
  const problems = listing.problems.map((problem) => problem.message);
  const done = (outcomes: ArticleOutcome[]): ImportResult => ({
    outcomes,
    skipped: listing.skipped,
    problems,
    ok:
      problems.length === 0 && outcomes.every((o) => (options.check ? o.status === 'à jour' : o.status === 'importé')),
  });
  if (options.slug !== undefined && !SLUG.test(options.slug)) {
    problems.push(
      `--slug « ${options.slug} » refusé : minuscules, chiffres et tirets (ex. configure-proxy), jamais un chemin`,
    );
    return done([]);
  }
  if (options.slug !== undefined && listing.articles.length !== 1) {
    problems.push('--slug ne vaut que pour un seul fichier source');
    return done([]);
  }
  const ctx: RunContext = {
    options,
    existing: readExisting(options.into),
    dataFiles: readDataFiles(options.into),
    claimed: new Map(),
  };
  // An article of the content directory whose front matter cannot be read is named (the build would refuse
  // it too); the run goes on, and fails at the end.
  for (const error of ctx.existing.unreadable.values()) problems.push(error.message);
  const planned = listing.articles.map((entry) => {
    try {
      return planSource(entry, ctx);
    } catch (error) {
      return refusal(entry, error);
    }
  });
  // A slug claimed by several sources of this run goes to the one nearest the root, whatever the order of
  // the files: a file sorted first in a subfolder never takes the address of the docset's own article.
  const claims = planned.flatMap((p) =>
    'entry' in p ? [{ file: p.entry.file, slug: p.slug, depth: p.folders.length }] : [],
  );
  const outranked = slugConflicts(claims);
  return done(
    planned.map((p) => {
      if (!('entry' in p)) return p;
      const keeper = outranked.get(p.entry.file);
      if (keeper)
        return refusal(
          p.entry,
          new ContentError(
            p.entry.file,
            undefined,
            `slug « ${p.slug} » déjà revendiqué par ${keeper}, plus près de la racine : refusé (--slug pour lui en donner un autre)`,
          ),
        );
      try {
        return importOne(p, ctx);
      } catch (error) {
        return refusal(p.entry, error);
      }
    }),
  );
}
