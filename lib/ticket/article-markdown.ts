/** `/articles/<slug>.md`: an article as clean Markdown, for AI assistants and anyone who wants the text. */
import type { ArticleSlug } from '@/lib/articles/catalog';
import { formatFrenchDate } from '@/lib/format';
import { learnEnglishUrl, routes } from '@/lib/routes';
import { hasEnglishSource } from '@/lib/english/tree';
import { blocksToMarkdown, type Block, type Inline } from './blocks';
import { englishSectionBlocks } from './english-blocks';
import { teamNoteBlocks } from './team-note-blocks';
import { englishNote } from './ticket';
import { articleContext, blocks } from './tree-blocks';
import { getSite } from '@/lib/site/site';

/**
 * The article as clean Markdown: its tree with headings as `## Title {#anchor}`, tables from the data, and
 * each section's English original (then its table's rows in English) at the end of the section, as a quote
 * marked « Original anglais (Microsoft Learn, en-us) ».
 */
export function articleMarkdown(slug: ArticleSlug): string {
  const { meta, tree } = getSite().article(slug);
  // The English source supersedes the originals written into the article itself (004's, from its French page).
  const ctx = articleContext(slug, !hasEnglishSource(slug));
  const body = blocks(tree.children, ctx);
  const firstHeading = body.findIndex((block) => block.type === 'heading' && block.depth === 1);
  const date = formatFrenchDate(meta.sourceDate);
  // A docset whose Learn address is not known has no link (never a guessed one).
  const learn: Inline[] = meta.learnUrl
    ? [
        { type: 'text', value: `Source : Microsoft Learn, version du ${date} — ` },
        { type: 'link', href: meta.learnUrl, children: [{ type: 'text', value: 'article en français' }] },
        { type: 'text', value: ', ' },
        {
          type: 'link',
          href: learnEnglishUrl(meta.learnUrl),
          children: [{ type: 'text', value: 'original en anglais' }],
        },
      ]
    : [{ type: 'text', value: `Source : Microsoft Learn, version du ${date}` }];
  const provenance: Block = {
    type: 'paragraph',
    children: [
      ...learn,
      { type: 'text', value: '. Portail : ' },
      { type: 'link', href: routes.article(slug), children: [{ type: 'text', value: routes.article(slug) }] },
    ],
  };
  body.splice(firstHeading + 1, 0, provenance);
  // Each section's team notes right under its heading, marked as the team's; its English at its end.
  let open: string | undefined;
  const englishOf = (id: string | undefined) => {
    const english = id ? englishSectionBlocks(slug, id) : undefined;
    return english ? [englishNote(english)] : [];
  };
  const withNotes = body.flatMap((block) => {
    if (block.type !== 'heading' || !block.id) return [block];
    const before = englishOf(open);
    open = block.id;
    return [...before, block, ...(block.depth > 1 ? teamNoteBlocks(routes.section(slug, block.id)) : [])];
  });
  return `${blocksToMarkdown([...withNotes, ...englishOf(open)])}\n`;
}
