'use client';

import { useMemo } from 'react';
import type { OutlineHeading } from '@/lib/articles/outline';
import { cn } from '@/lib/utils';
import { useActiveSection } from './use-active-section';

/** In-page table of contents: the article's h2 and h3 sections, the one being read marked (aria-current). */
export function TableOfContents({ headings }: { headings: readonly OutlineHeading[] }) {
  const entries = useMemo(() => headings.filter((heading) => heading.depth === 2 || heading.depth === 3), [headings]);
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const active = useActiveSection(ids);
  return (
    <nav aria-label="Sommaire de l’article" className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">Dans cet article</p>
      <ol className="space-y-1.5 border-l border-slate-200 dark:border-slate-700">
        {entries.map((heading) => (
          <li
            key={heading.id}
            className={cn(
              '-ml-px border-l-2',
              heading.depth === 3 ? 'pl-6' : 'pl-3',
              active === heading.id ? 'border-blue-700 dark:border-blue-300' : 'border-transparent',
            )}
          >
            <a
              href={`#${heading.id}`}
              aria-current={active === heading.id ? 'location' : undefined}
              className={cn(
                'block hover:text-blue-700 hover:underline dark:hover:text-blue-300',
                active === heading.id
                  ? 'font-semibold text-blue-800 dark:text-blue-200'
                  : 'text-slate-600 dark:text-slate-300',
              )}
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
