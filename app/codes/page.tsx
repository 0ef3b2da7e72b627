import type { Metadata } from 'next';
import type { SearchParams } from '@/lib/url-params';
import Link from 'next/link';
import { CodeDecoder } from '@/components/codes/code-decoder';
import { CodeDecoderFromUrl } from '@/components/static-export/code-decoder-from-url';
import { STATIC_EXPORT } from '@/lib/static-export';
import { codeRowRefs } from '@/lib/tables/code-lookup';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { getSite } from '@/lib/site/site';
import { parseDecoderCode } from '@/lib/tables/decoder-params';
import { DECODER_SECTION_ID, routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Tables de codes',
  description:
    'ID d’événement, codes d’erreur Intune, cas de non-conformité et états d’inscription, avec un décodeur de codes.',
};

type CodesPageProps = { searchParams: Promise<SearchParams> };

export default async function CodesPage(props: CodesPageProps) {
  // The static export reads `?code=` in the browser (CodeDecoderFromUrl): one file for every code.
  const initialCode = STATIC_EXPORT ? undefined : parseDecoderCode(await props.searchParams);
  const views = CONTENT_CODE_TABLES.map((id) => getSite().codeTable(id));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Tables de codes</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Chaque ligne a son lien direct, à coller dans le ticket. Les tableaux sont ceux des articles, à la lettre.
        </p>
      </div>
      <section aria-labelledby={DECODER_SECTION_ID}>
        <h2 id={DECODER_SECTION_ID} className="mb-3 text-lg font-semibold">
          Décoder un code
        </h2>
        {initialCode === undefined ? (
          <CodeDecoderFromUrl refs={codeRowRefs(views)} />
        ) : (
          <CodeDecoder initialCode={initialCode} refs={codeRowRefs(views)} />
        )}
      </section>
      <section aria-labelledby="titre-tables">
        <h2 id="titre-tables" className="mb-3 text-lg font-semibold">
          Les tables
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {views.map((view) => (
            <li key={view.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <Link
                href={routes.codeTable(view.id)}
                className="font-semibold text-blue-800 hover:underline dark:text-blue-300"
              >
                {view.title}
              </Link>
              <p className="break-anywhere mt-1 text-sm text-slate-600 dark:text-slate-400">{view.blurb}</p>
              <p className="mt-2 flex flex-wrap gap-1 text-xs">
                {view.groups.slice(0, 18).map((group) => (
                  <Link
                    key={group.id}
                    href={routes.codeRow(view.id, group.id)}
                    className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-slate-700 hover:border-blue-600 hover:text-blue-800 dark:border-slate-600 dark:text-slate-300 dark:hover:text-blue-300"
                  >
                    {group.label.replace(/^(Événement|Cas|Codes?) /, '')}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
