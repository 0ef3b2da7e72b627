import type { OutlineHeading } from '@/lib/articles/outline';
import { cn } from '@/lib/utils';

/** In-page table of contents: the article's h2 and h3 sections. */
export function TableOfContents({ headings }: { headings: readonly OutlineHeading[] }) {
  const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return (
    <nav aria-label="Sommaire de l’article" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">Dans cet article</p>
      <ol className="space-y-1.5 border-l border-slate-200 dark:border-slate-700">
        {entries.map((heading) => (
          <li key={heading.id} className={cn('-ml-px border-l border-transparent', heading.depth === 3 ? 'pl-6' : 'pl-3')}>
            <a href={`#${heading.id}`} className="block text-slate-600 hover:text-blue-700 hover:underline dark:text-slate-300 dark:hover:text-blue-300">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
