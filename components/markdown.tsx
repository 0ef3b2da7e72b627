import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { LinkContext } from '@/lib/links';
import { cellToHast } from '@/lib/mdx/markdown';
import { getSite } from '@/lib/site/site';
import { cn } from '@/lib/utils';

type MarkdownProps = {
  /** One or more paragraphs of Markdown. */
  paragraphs: readonly string[];
  links: LinkContext;
  className?: string;
};

/** Renders Markdown from content/tables on the server (no client JavaScript). */
export function Markdown({ paragraphs, links, className }: MarkdownProps) {
  return (
    <div className={cn('cell-markdown', className)}>
      {paragraphs.map((paragraph, i) => (
        <Fragment key={i}>
          {toJsxRuntime(cellToHast(getSite().cell(paragraph), links), { Fragment, jsx, jsxs })}
        </Fragment>
      ))}
    </div>
  );
}
