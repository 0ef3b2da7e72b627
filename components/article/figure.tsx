/**
 * Where the article shows a screenshot. The image files are not available, so the agent sees what it
 * showed (its alt text), discreetly. A span so that it is valid inside a paragraph too.
 */
export function Figure({ alt }: { alt: string }) {
  return (
    <span
      data-figure
      className="not-prose my-2 flex items-start gap-2 rounded-md border border-dashed border-slate-300 px-3 py-1.5 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <rect x="2.5" y="4" width="15" height="12" rx="1.5" />
        <circle cx="7" cy="8.5" r="1.5" />
        <path d="m3 15 4.5-4.5 3 3 2.5-2.5 4.5 4.5" />
      </svg>
      <span>
        <span className="sr-only">Capture d’écran non disponible : </span>
        <span aria-hidden="true">Capture d’écran : </span>
        {alt}
      </span>
    </span>
  );
}
