/** `/articles/<slug>.md`: an article as clean Markdown, for AI assistants and anyone who wants the text. */
import type { ArticleSlug } from '@/lib/articles/catalog';
import { formatFrenchDate } from '@/lib/format';
import { learnEnglishUrl, routes } from '@/lib/routes';
import { blocksToMarkdown, type Block, type Inline } from './blocks';
import { teamNoteBlocks } from './team-note-blocks';
import { articleContext, blocks } from './tree-blocks';
import { getSite } from '@/lib/site/site';

/** The article as clean Markdown: its tree with headings as `## Title {#anchor}`, tables from the data. */
export function articleMarkdown(slug: ArticleSlug): string {
  const { meta } = getSite().article(slug);
  const { tree } = getSite().article(slug);
  const ctx = articleContext(slug, true);
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
  // Each section's team notes right under its heading, marked as the team's.
  const withNotes = body.flatMap((block) =>
    block.type === 'heading' && block.id && block.depth > 1
      ? [block, ...teamNoteBlocks(routes.section(slug, block.id))]
      : [block],
  );
  return `${blocksToMarkdown(withNotes)}\n`;
}
