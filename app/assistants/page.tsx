import type { Metadata } from 'next';
import Link from 'next/link';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Assistants',
  description: 'Procédures pas à pas, avec un lien vers chaque étape.',
};

export default function WizardsPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Assistants pas à pas</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Une étape à la fois, avec un lien vers chaque étape à coller dans le ticket.
      </p>
      <ul className="mt-6 space-y-4">
        {WIZARD_IDS.map((id) => {
          const wizard = getSite().wizard(id);
          return (
            <li key={id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <Link href={routes.wizard(id)} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
                {wizard.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{wizard.description}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
