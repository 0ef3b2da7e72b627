'use client';

import Link from 'next/link';
import { ResolutionFeedback } from '@/components/feedback/resolution-feedback';
import { rememberHighlight } from '@/components/search/search-highlight';
import { NoSureAnswer, Snippet, TierBadge, WindowsCodes } from '@/components/search/search-results';
import { CopyFeedback } from '@/components/ui/copy-feedback';
import { useCopy } from '@/components/ui/use-copy';
import { useResolutions } from './use-resolutions';
import type { Analysis, AnalysisFinding } from '@/lib/analyse/analyse';
import { findingsForTicket } from '@/lib/analyse/ticket';
import { countOf } from '@/lib/format';
import { hasSureAnswer } from '@/lib/search/tier';
import { routes } from '@/lib/routes';

type AnalysisFindingListProps = { analysis: Analysis; milliseconds: number };

function lineLabel(lines: readonly number[]): string {
  const shown = lines.slice(0, 6).join(', ');
  const more = lines.length > 6 ? ` … (${lines.length} au total)` : '';
  return `${lines.length > 1 ? 'Lignes' : 'Ligne'} ${shown}${more}`;
}

/** The line of the paste that triggered a finding, with the matched text marked. */
function Evidence({ evidence }: { evidence: AnalysisFinding['evidence'] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  evidence.marks.forEach(([start, length], i) => {
    if (start > cursor) parts.push(evidence.text.slice(cursor, start));
    parts.push(
      <mark key={i} className="search-mark">
        {evidence.text.slice(start, start + length)}
      </mark>,
    );
    cursor = start + length;
  });
  parts.push(evidence.text.slice(cursor));
  return (
    <pre className="mt-2 overflow-x-auto rounded bg-slate-100 px-2 py-1 text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-800 dark:bg-slate-800 dark:text-slate-200">
      <span className="mr-2 text-slate-500 select-none dark:text-slate-400">{evidence.line}</span>
      {parts}
    </pre>
  );
}

export function AnalysisFindingList({ analysis, milliseconds }: AnalysisFindingListProps) {
  const { findings } = analysis;
  const { status, copy } = useCopy();
  const resolutions = useResolutions(findings.length > 0);
  return (
    <div>
      {analysis.unread > 0 ? (
        <p role="alert" className="mb-3 text-amber-800 dark:text-amber-200">
          {analysis.unread.toLocaleString('fr-FR')} messages distincts de plus n’ont pas été lus (limite de l’analyse) :
          collez la partie du journal qui vous intéresse pour les lire.
        </p>
      ) : null}
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {findings.length === 0
            ? 'Aucune résolution trouvée'
            : `${findings.length} résolution${findings.length > 1 ? 's' : ''}, la plus sûre en premier`}{' '}
          — {countOf(analysis.lines, 'ligne lue', 'lignes lues')} en {milliseconds.toLocaleString('fr-FR')} ms
        </p>
        {findings.length ? (
          <span className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={() => copy(findingsForTicket(findings, window.location.origin, resolutions))}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              {status === 'copied' ? 'Copié' : 'Copier les résultats pour le ticket'}
            </button>
            <CopyFeedback status={status} copiedMessage="Résultats copiés pour le ticket" />
          </span>
        ) : null}
      </div>
      <WindowsCodes codes={analysis.windowsCodes} />
      {findings.length && !hasSureAnswer(findings.map((finding) => finding.tier)) ? <NoSureAnswer /> : null}
      {findings.length === 0 ? (
        <div data-testid="analysis-empty" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <p className="font-semibold">Aucune résolution sûre</p>
          <p>Aucun code, ID d’événement ni trace connue des articles n’a été trouvé dans ce texte.</p>
          <ul className="mt-2 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
            <li>Vérifiez que le texte contient bien le message d’erreur, le code ou l’ID d’événement.</li>
            <li>
              Ou cherchez une phrase du message :{' '}
              <Link href={routes.search('')} className="text-blue-700 underline dark:text-blue-300">
                page de recherche
              </Link>
              .
            </li>
          </ul>
        </div>
      ) : (
        <ol className="space-y-3" aria-label="Résolutions trouvées">
          {findings.map((finding) => (
            <li key={finding.href} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                <TierBadge tier={finding.tier} />
                <span className="rounded bg-blue-100 px-1.5 py-0.5 font-medium text-blue-900 dark:bg-blue-950 dark:text-blue-100">
                  {finding.reason}
                </span>
                {finding.occurrences > 1 ? (
                  <span
                    className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200"
                    title={`${finding.occurrences} occurrences`}
                  >
                    ×{finding.occurrences}
                  </span>
                ) : null}
                <span>{lineLabel(finding.lines)}</span>
              </p>
              <Link
                href={finding.href}
                data-testid="analysis-finding"
                onClick={() => rememberHighlight(finding.href, [])}
                className="mt-1 block font-semibold text-blue-800 hover:underline dark:text-blue-300"
              >
                {finding.title}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">{finding.breadcrumb.join(' › ')}</p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                <Snippet segments={finding.snippet} />
              </p>
              <Evidence evidence={finding.evidence} />
              <ResolutionFeedback
                target={finding.href}
                origin="analyse"
                signal={finding.reason}
                className="mt-2 mb-0"
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
