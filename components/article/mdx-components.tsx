import type { MDXComponents } from 'mdx/types';
import { CodeTable } from '@/components/tables/code-table';
import { DeviceJoinStateTable, PortalUrlList, SensorUrlTable } from '@/components/tables/simple-tables';
import { ArticleLink } from './article-link';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { EnglishOriginal } from './english-original';
import { Figure } from './figure';
import { Heading } from './heading';

/** What each element of an article's MDX renders as; `path` is the article's URL, for copy-link controls. */
export function articleComponents(path: string): MDXComponents {
  return {
    h1: (props) => <Heading level={1} path={path} {...props} />,
    h2: (props) => <Heading level={2} path={path} {...props} />,
    h3: (props) => <Heading level={3} path={path} {...props} />,
    h4: (props) => <Heading level={4} path={path} {...props} />,
    a: ArticleLink,
    Anchor: ({ id }: { id: string }) => <span id={id} className="anchor-alias" />,
    pre: CodeBlock,
    Callout,
    Figure,
    EnglishOriginal,
    CodeTable,
    DeviceJoinStateTable,
    SensorUrlTable,
    PortalUrlList,
  };
}
