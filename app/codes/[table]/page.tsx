import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TableFilter } from '@/components/codes/table-filter';
import { CodeTable } from '@/components/tables/code-table';
import { CONTENT_CODE_TABLES, isContentCodeTable } from '@/lib/tables/code-tables';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return CONTENT_CODE_TABLES.map((table) => ({ table }));
}

type CodeTablePageProps = { params: Promise<{ table: string }> };

export async function generateMetadata(props: CodeTablePageProps): Promise<Metadata> {
  const { table } = await props.params;
  if (!isContentCodeTable(table)) return {};
  const view = getSite().codeTable(table);
  return { title: view.title, description: view.blurb };
}

export default async function CodeTablePage(props: CodeTablePageProps) {
  const { table } = await props.params;
  if (!isContentCodeTable(table)) notFound();
  const view = getSite().codeTable(table);
  const article = getSite().article(view.source.article);
  const section = getSite()
    .article(view.source.article)
    .headings.find((heading) => heading.id === view.source.anchor);
  return (
    <div>
      <nav aria-label="Fil d’Ariane" className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={routes.home()} className="hover:underline">
              Accueil
            </Link>{' '}
            ›
          </li>
          <li>
            <Link href={routes.codes()} className="hover:underline">
              Tables de codes
            </Link>{' '}
            ›
          </li>
          <li aria-current="page" className="text-slate-900 dark:text-slate-200">
            {view.title}
          </li>
        </ol>
      </nav>
      <h1 className="text-2xl font-bold">{view.title}</h1>
      <p className="break-anywhere mt-1 text-slate-600 dark:text-slate-400">{view.blurb}</p>
      <p className="mt-1 text-sm">
        Source :{' '}
        <Link
          href={routes.section(view.source.article, view.source.anchor)}
          className="text-blue-700 underline dark:text-blue-300"
        >
          {article.meta.title} › {section?.text}
        </Link>
      </p>
      <TableFilter table={view.id} total={view.groups.length} />
      <CodeTable table={view.id} variant="page" />
    </div>
  );
}
