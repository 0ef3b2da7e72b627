import type { Metadata } from 'next';
import { AnalysePageClient } from './page.client';

export const metadata: Metadata = {
  title: 'Analyser un journal',
  description:
    'Collez un journal, un export de l’Observateur d’événements ou un e-mail : le portail trouve les résolutions vers lesquelles il pointe.',
};

/** The analyser runs in the browser: the page itself is static and says so. */
export default function AnalysePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold">Analyser un journal</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        Collez un journal, un export de l’Observateur d’événements (texte ou XML), une sortie de <code>sc query</code>{' '}
        ou de <code>dsregcmd /status</code>, un export CSV d’Intune ou l’e-mail d’un client : le portail relève chaque
        code, ID d’événement ou trace connue et vous mène aux résolutions, la plus sûre en premier.
      </p>
      <p className="mb-6 flex items-start gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="mt-0.5 size-4 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" strokeLinecap="round" />
        </svg>
        <span>
          L’analyse se fait entièrement dans votre navigateur : rien de ce que vous collez ne quitte ce poste ni
          n’apparaît dans l’adresse de la page. Le texte est gardé dans cet onglet seulement, jusqu’à sa fermeture.
        </span>
      </p>
      <AnalysePageClient />
    </div>
  );
}
