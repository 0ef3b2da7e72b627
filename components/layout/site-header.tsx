import Link from 'next/link';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';
import { routes } from '@/lib/routes';

export function SiteHeader() {
  // Opaque, without a backdrop blur: a blurred backdrop is drawn again in every frame that touches the header,
  // and without a GPU (virtual desktops, headless Chromium) that made 94 % of the keys typed in its box miss
  // their frame (docs/scale.md, « Keystroke latency »).
  return (
    <header className="z-20 border-b border-slate-200 bg-white sm:sticky sm:top-0 dark:border-slate-800 dark:bg-slate-950 print:static">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 sm:gap-x-6 sm:gap-y-2 sm:py-2.5">
        <Link
          href={routes.home()}
          className="mr-auto flex items-center gap-2 text-sm font-semibold text-slate-900 sm:mr-0 sm:text-base dark:text-white"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 text-blue-700 dark:text-blue-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6l-8-3Z" strokeLinejoin="round" />
            <path d="m9 12 2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Portail de dépannage
        </Link>
        {/* On a phone the links take a row of their own under the name, the toggle and the search link. */}
        <nav
          aria-label="Navigation principale"
          className="order-last flex w-full gap-4 text-sm sm:order-none sm:w-auto"
        >
          <Link
            href={routes.homeArticles()}
            className="text-slate-700 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300"
          >
            Articles
          </Link>
          <Link
            href={routes.codes()}
            className="text-slate-700 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300"
          >
            Codes
          </Link>
          <Link
            href={routes.wizards()}
            className="text-slate-700 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300"
          >
            Assistants
          </Link>
          <Link
            href={routes.analyse()}
            className="text-slate-700 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300"
          >
            Analyser
          </Link>
        </nav>
        <ThemeToggle />
        {/* A phone gets the search page through one button (the home page has its own box): the header stays
            two short rows instead of three, and never shows two search fields. */}
        <Link
          href={routes.search('')}
          aria-label="Rechercher"
          className="inline-flex size-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100 sm:hidden dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4.5 4.5" strokeLinecap="round" />
          </svg>
        </Link>
        <div className="ml-auto hidden sm:block sm:w-80 lg:w-64 xl:w-80">
          <HeaderSearch shortcut />
        </div>
      </div>
    </header>
  );
}
