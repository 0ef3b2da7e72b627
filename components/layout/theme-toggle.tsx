'use client';

import { useSyncExternalStore } from 'react';
import {
  parseThemeChoice,
  THEME_ATTRIBUTE,
  THEME_CHOICES,
  THEME_LABELS,
  THEME_STORAGE_KEY,
  themeAttribute,
  type ThemeChoice,
} from '@/lib/theme';
import { cn } from '@/lib/utils';

const listeners = new Set<() => void>();

/** The page's theme attribute for a choice (none: the system's). */
function applyChoice(choice: ThemeChoice) {
  const value = themeAttribute(choice);
  if (value) document.documentElement.setAttribute(THEME_ATTRIBUTE, value);
  else document.documentElement.removeAttribute(THEME_ATTRIBUTE);
}

function subscribe(listener: () => void) {
  // A choice made in another tab applies here too, not only to the radio buttons.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
    applyChoice(storedChoice());
    listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function storedChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'systeme';
  }
}

function choose(choice: ThemeChoice) {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  applyChoice(choice);
  listeners.forEach((listener) => listener());
}

/** Clair / Sombre / Système, remembered; the <head> script (lib/theme.ts) applies it before paint. */
export function ThemeToggle() {
  const current = useSyncExternalStore(subscribe, storedChoice, () => 'systeme' as const);
  return (
    <fieldset className="flex items-center gap-1 text-xs print:hidden">
      <legend className="sr-only">Thème</legend>
      <div className="flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
        {THEME_CHOICES.map((choice) => (
          <label
            key={choice}
            className={cn(
              'flex cursor-pointer items-center rounded px-1.5 py-1 font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600 sm:px-2 sm:py-0.5',
              current === choice
                ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900'
                : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
            )}
          >
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={current === choice}
              onChange={() => choose(choice)}
              className="sr-only"
            />
            {/* A phone's header has room for the signs only; the words stay for screen readers. */}
            <ThemeIcon choice={choice} />
            <span className="sr-only sm:not-sr-only">{THEME_LABELS[choice]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4 sm:hidden"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      {choice === 'clair' ? (
        <>
          <circle cx="10" cy="10" r="3.5" />
          <path d="M10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4" />
        </>
      ) : choice === 'sombre' ? (
        <path d="M16 12.5A6.5 6.5 0 0 1 7.5 4a6.5 6.5 0 1 0 8.5 8.5Z" strokeLinejoin="round" />
      ) : (
        <>
          <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
          <path d="M7 17h6M10 13.5V17" />
        </>
      )}
    </svg>
  );
}
