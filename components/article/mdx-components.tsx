import type { MDXComponents } from 'mdx/types';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { hasEnglishSource } from '@/lib/english/tree';
import { CodeTable } from '@/components/tables/code-table';
import { DeviceJoinStateTable, PortalUrlList, SensorUrlTable } from '@/components/tables/simple-tables';
import { ArticleLink } from './article-link';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { EnglishOriginal } from './english-original';
import { Figure } from './figure';
import { Heading } from './heading';

/** What each element of an article's MDX renders as; `article` names the sections' links and tickets. */
export function articleComponents(article: ArticleSlug): MDXComponents {
  return {
    h1: (props) => <Heading level={1} article={article} {...props} />,
    h2: (props) => <Heading level={2} article={article} {...props} />,
    h3: (props) => <Heading level={3} article={article} {...props} />,
    h4: (props) => <Heading level={4} article={article} {...props} />,
    a: ArticleLink,
    Anchor: ({ id }: { id: string }) => <span id={id} className="anchor-alias" />,
    pre: CodeBlock,
    Callout,
    Figure,
    // The English source, when the article has one, supersedes the originals written into it (004's).
    EnglishOriginal: hasEnglishSource(article) ? () => null : EnglishOriginal,
    CodeTable,
    DeviceJoinStateTable,
    SensorUrlTable,
    PortalUrlList,
  };
}
