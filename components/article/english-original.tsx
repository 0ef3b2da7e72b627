import type { ArticleSlug } from '@/lib/articles/catalog';
import { englishRowKey, englishSectionKey } from '@/lib/english/original-keys';
import { englishRowTree, englishSectionTree } from '@/lib/english/tree';
import { routes } from '@/lib/routes';
import { EnglishDisclosure } from './english-disclosure';

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

type OriginalProps = {
  article: ArticleSlug;
  /** What the original is of, for screen readers (the French title or row label). */
  of: string;
  /** Its entry in the article's originals (lib/english/original-keys.ts). */
  entryKey: string;
  remark?: string;
  className?: string;
};

/**
 * « Original anglais », folded, its English loaded from the article's originals file when first opened
 * (`EnglishDisclosure`): the page carries the summary and where to find the English, not the English itself.
 */
function EnglishDisclosureOf({ article, ...rest }: OriginalProps) {
  return (
    <EnglishDisclosure
      dataUrl={routes.englishOriginals(article)}
      markdownHref={routes.articleMarkdown(article)}
      {...rest}
    />
  );
}

type SectionEnglishOriginalProps = { article: ArticleSlug; id: string; title: string; className?: string };

/** A section's English original (its own text, up to the next heading), when one aligns by anchor. */
export function SectionEnglishOriginal({ article, id, title, className = 'my-3' }: SectionEnglishOriginalProps) {
  const section = englishSectionTree(article, id);
  if (!section) return null;
  return (
    <EnglishDisclosureOf
      article={article}
      of={title}
      entryKey={englishSectionKey(id)}
      remark={
        section.rowsApart
          ? 'Le tableau de cette section n’est pas repris ici : l’original anglais de chaque ligne est sous sa ligne.'
          : undefined
      }
      className={className}
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
  if (!englishRowTree(article, anchor, codes)) return null;
  const missing = codes.filter((code) => !englishRowTree(article, anchor, [code]));
  return (
    <EnglishDisclosureOf
      article={article}
      of={label}
      entryKey={englishRowKey(anchor, codes)}
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
