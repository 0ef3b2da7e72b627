import Link from 'next/link';
import { AbsoluteLink } from '@/components/ui/absolute-link';
import { formatFrenchDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import type { WizardDefinition } from '@/lib/wizards/load';
import { getSite } from '@/lib/site/site';

/**
 * Where the wizard's text comes from: the article's section, its Learn date, and (on paper) the link itself,
 * so that a printout carries its source.
 */
export function WizardSource({
  definition,
  answer,
  printLink = false,
}: {
  definition: WizardDefinition;
  answer?: string | undefined;
  printLink?: boolean;
}) {
  const { source } = definition;
  const title = wizardSectionTitle(definition);
  const { sourceDate } = getSite().article(source.article).meta;
  const path = routes.section(source.article, source.anchor);
  return (
    <p className="wizard-source mt-5 text-sm text-slate-600 dark:text-slate-400">
      Source :{' '}
      <Link href={path} className="underline hover:text-blue-700 dark:hover:text-blue-300">
        {title}
      </Link>
      , Microsoft Learn, version du <time dateTime={sourceDate}>{formatFrenchDate(sourceDate)}</time>
      {answer ? <> · Réponse : {answer}</> : null}
      {printLink ? (
        <>
          {' '}
          — Lien : <AbsoluteLink path={path} className="underline" />
        </>
      ) : null}
    </p>
  );
}

/** The French title of the article section a wizard comes from. */
export function wizardSectionTitle({ source }: WizardDefinition): string {
  return (
    getSite()
      .article(source.article)
      .headings.find((h) => h.id === source.anchor)?.text ?? ''
  );
}
