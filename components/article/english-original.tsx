import type { RootContent } from 'mdast';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { englishRowTree, englishSectionTree } from '@/lib/english/tree';
import { cn } from '@/lib/utils';
import { ArticleLink } from './article-link';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure } from './figure';
import { renderMdast } from './render-mdast';

/** The part of the articles' vocabulary that the English trees use (lib/english/tree.ts): no headings, no tables of codes. */
const ENGLISH_COMPONENTS = { a: ArticleLink, pre: CodeBlock, Callout, Figure };

/**
 * 004 doubles every French sentence with its English original. The portal shows the French text and
 * keeps the English one here, folded: agents often receive the English message from the customer. An
 * article with its English source (content/english) shows that instead (`SectionEnglishOriginal`).
 */
export function EnglishOriginal({ heading, children }: { heading: string; children?: React.ReactNode }) {
  return (
    <details className="english-original not-prose my-3 rounded-md border border-slate-200 px-3 py-1 text-sm dark:border-slate-700">
      <summary className="cursor-pointer py-1 font-medium text-slate-700 dark:text-slate-200">
        Texte d’origine en anglais
      </summary>
      <div lang="en" className="space-y-2 pb-2 text-slate-700 dark:text-slate-300">
        <p className="font-semibold">{heading}</p>
        {children}
      </div>
    </details>
  );
}

/**
 * The English text read like the article's (the details are `not-prose`, so that they look the same in an
 * article and in a code table): paragraphs, lists, inline code, links, tables.
 */
const ENGLISH_BODY = cn(
  'space-y-2 border-t border-slate-200 px-3 pt-2 pb-3 leading-relaxed text-slate-800 dark:border-slate-700 dark:text-slate-200',
  '[&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5',
  '[&_code]:text-[0.85em] [&_code]:break-words [&_li>p]:my-0',
  '[&_a]:text-blue-700 [&_a]:underline dark:[&_a]:text-blue-300',
  '[&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 dark:[&_td]:border-slate-700 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left dark:[&_th]:border-slate-700',
  '[&_hr]:my-3 [&_hr]:border-slate-200 dark:[&_hr]:border-slate-700',
  '[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:p-2 [&_pre]:text-xs',
);

type DisclosureProps = {
  /** What the original is of, for screen readers (the French title or row label). */
  of: string;
  /** The English heading, as Learn writes it, when it is a section's. */
  heading?: string;
  nodes: readonly RootContent[];
  article: ArticleSlug;
  /** A French remark under the English (what the original leaves out), outside `lang="en"`. */
  remark?: string;
  className?: string;
};

/**
 * « Original anglais », closed by default: a native disclosure (keyboard and screen readers for free). The
 * English is rendered from its tree with the article's renderer and components, like the French. Printed only
 * if open.
 */
function EnglishDisclosure({ of, heading, nodes, article, remark, className }: DisclosureProps) {
  return (
    <details
      className={cn(
        'english-original not-prose rounded-md border border-slate-200 bg-slate-50 text-sm dark:border-slate-700 dark:bg-slate-900 print:border-slate-400 print:bg-transparent print:not-open:hidden',
        className,
      )}
    >
      <summary className="cursor-pointer rounded-md px-3 py-1.5 font-medium text-slate-700 hover:text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-200 dark:hover:text-blue-300">
        Original anglais{' '}
        <span className="text-xs font-normal text-slate-500 dark:text-slate-400">(Microsoft Learn, en-us)</span>
        <span className="sr-only"> : {of}</span>
      </summary>
      <div lang="en" className={ENGLISH_BODY}>
        {heading ? <p className="text-base font-semibold">{heading}</p> : null}
        {renderMdast(nodes, article, ENGLISH_COMPONENTS)}
      </div>
      {remark ? <p className="px-3 pb-2 text-xs text-slate-600 dark:text-slate-400">{remark}</p> : null}
    </details>
  );
}

/** A section's English original (its own text, up to the next heading), when one aligns by anchor. */
export function SectionEnglishOriginal({ article, id, title }: { article: ArticleSlug; id: string; title: string }) {
  const section = englishSectionTree(article, id);
  if (!section) return null;
  return (
    <EnglishDisclosure
      of={title}
      heading={section.heading}
      nodes={section.nodes}
      article={article}
      remark={
        section.rowsApart
          ? 'Le tableau de cette section n’est pas repris ici : l’original anglais de chaque ligne est sous sa ligne.'
          : undefined
      }
      className="my-3"
    />
  );
}

type RowEnglishOriginalProps = {
  article: ArticleSlug;
  /** The anchor of the section holding the table. */
  anchor: string;
  codes: readonly number[];
  /** « Événement 15 », « Codes 5-9, 11 »… */
  label: string;
};

/** A code row's English original, code by code; says which of its codes the English revision lacks. */
export function RowEnglishOriginal({ article, anchor, codes, label }: RowEnglishOriginalProps) {
  const nodes = englishRowTree(article, anchor, codes);
  if (!nodes) return null;
  const missing = codes.filter((code) => !englishRowTree(article, anchor, [code]));
  return (
    <EnglishDisclosure
      of={label}
      nodes={nodes}
      article={article}
      remark={
        missing.length
          ? `Sans original anglais dans la révision anglaise : ${missing.length > 1 ? 'codes' : 'code'} ${missing.map(codeText).join(', ')}.`
          : undefined
      }
    />
  );
}

/** A code as the tables write it: 32-bit codes in hexadecimal. */
function codeText(code: number): string {
  return code > 0xffff ? `0x${code.toString(16).toUpperCase()}` : String(code);
}
