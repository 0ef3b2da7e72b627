'use client';

import { useState } from 'react';
import { inputClasses } from '@/components/ui/input';
import { foldText } from '@/lib/text/fold';
import { cn } from '@/lib/utils';

/**
 * Narrows a server-rendered code table as the agent types: rows whose text (accents folded) contains
 * every typed word stay visible. The table itself stays server HTML; this only toggles `hidden`.
 */
export function TableFilter({ table, total }: { table: string; total: number }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);

  function applyFilter(value: string) {
    setQuery(value);
    const words = foldText(value).split(' ').filter(Boolean);
    const groups = document.querySelectorAll<HTMLElement>(`table[data-table="${table}"] tbody.code-group`);
    let visible = 0;
    groups.forEach((group) => {
      const match = words.every((word) => foldText(group.textContent ?? '').includes(word));
      group.hidden = !match;
      if (match) visible += 1;
    });
    setShown(visible);
  }

  return (
    <div className="my-4">
      <label htmlFor="filtre-table" className="block text-sm font-medium">
        Filtrer le tableau
      </label>
      <input
        id="filtre-table"
        type="search"
        value={query}
        onChange={(event) => applyFilter(event.target.value)}
        placeholder="Mot, numéro, message…"
        autoComplete="off"
        className={cn(inputClasses({ size: 'compact' }), 'mt-1 max-w-md')}
      />
      <p
        role="status"
        aria-live="polite"
        className="mt-1 text-sm text-slate-600 dark:text-slate-400"
        data-testid="filter-status"
      >
        {shown === total
          ? `${total} lignes`
          : shown === 0
            ? 'Aucune ligne ne correspond à ce filtre.'
            : `${shown} lignes sur ${total}`}
      </p>
    </div>
  );
}
