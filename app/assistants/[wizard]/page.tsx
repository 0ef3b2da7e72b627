import type { Metadata } from 'next';
import type { SearchParams } from '@/lib/url-params';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WizardFromUrl } from '@/components/static-export/wizard-from-url';
import { WizardView } from '@/components/wizard/wizard-view';
import { STATIC_EXPORT } from '@/lib/static-export';
import { isWizardId, WIZARD_IDS } from '@/lib/wizards/catalog';
import { parseWizardState } from '@/lib/wizards/state';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

type WizardPageProps = {
  params: Promise<{ wizard: string }>;
  searchParams: Promise<SearchParams>;
};

export function generateStaticParams() {
  return WIZARD_IDS.map((wizard) => ({ wizard }));
}

export async function generateMetadata(props: WizardPageProps): Promise<Metadata> {
  const { wizard } = await props.params;
  if (!isWizardId(wizard)) return {};
  const definition = getSite().wizard(wizard);
  return { title: definition.title, description: definition.description };
}

/** The wizard's place comes from the URL (`?cas=…&etape=…`): links, reload, Back and Forward all work. */
export default async function WizardPage(props: WizardPageProps) {
  const { wizard } = await props.params;
  if (!isWizardId(wizard)) notFound();
  const definition = getSite().wizard(wizard);
  // The static export cannot read the query on a server: every place goes into the file (WizardFromUrl).
  const state = STATIC_EXPORT ? undefined : parseWizardState(definition.shape, await props.searchParams);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Fil d’Ariane" className="mb-3 text-sm text-slate-600 dark:text-slate-400 print:hidden">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={routes.home()} className="hover:underline">
              Accueil
            </Link>{' '}
            ›
          </li>
          <li>
            <Link href={routes.wizards()} className="hover:underline">
              Assistants
            </Link>{' '}
            ›
          </li>
          <li aria-current="page" className="text-slate-900 dark:text-slate-200">
            Assistant
          </li>
        </ol>
      </nav>
      <h1 className="mb-4 text-2xl font-bold">{definition.title}</h1>
      {state ? <WizardView definition={definition} state={state} /> : <WizardFromUrl definition={definition} />}
    </div>
  );
}
