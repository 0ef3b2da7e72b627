import Link from 'next/link';
import { ResolutionFeedback } from '@/components/feedback/resolution-feedback';
import { Markdown } from '@/components/markdown';
import { TicketActions } from '@/components/ticket/ticket-actions';
import { CopyButton } from '@/components/ui/copy-button';
import { TableHead } from '@/components/ui/table-head';
import { englishRowTree } from '@/lib/english/tree';
import { type CodeTableGroup, type CodeTableId } from '@/lib/tables/code-tables';
import { codeRowTicket } from '@/lib/ticket/units';
import { routes } from '@/lib/routes';
import { RowEnglishOriginal } from '@/components/article/english-original';
import { TeamNotes } from '@/components/article/team-note';
import { getSite } from '@/lib/site/site';

type CodeTableProps = {
  table: CodeTableId;
  /**
   * `article`: inside its article, each code links to its row on the code page.
   * `page`: on `/codes/<table>`, each row carries its ids (the URL contract), a copy-link control and
   * `data-filter-text` for the filter box.
   */
  variant?: 'article' | 'page';
};

/** One of the six code tables, rendered from content/tables (the same rows on the article and the code page). */
export function CodeTable({ table, variant = 'article' }: CodeTableProps) {
  const view = getSite().codeTable(table);
  const base = getSite().linkContext(view.source.article);
  const links = variant === 'page' ? { ...base, anchorBase: routes.article(view.source.article) } : base;
  const leadCount = view.groups[0]?.lead.length ?? 1;
  const sourceHref = routes.section(view.source.article, view.source.anchor);
  const sourceTitle =
    getSite()
      .article(view.source.article)
      .headings.find((h) => h.id === view.source.anchor)?.text ?? 'Article';
  return (
    <div className="code-table-wrapper not-prose my-4">
      <table className="code-table w-full border-collapse text-sm" data-table={table}>
        <TableHead columns={view.columns} />
        {view.groups.map((group) => (
          <tbody
            key={group.id}
            id={variant === 'page' ? group.id : undefined}
            className="code-group border-b border-slate-200 dark:border-slate-700"
            data-group-label={group.label}
          >
            {group.rows.map((cells, rowIndex) => (
              <tr key={rowIndex} className="align-top">
                {rowIndex === 0
                  ? group.lead.map((cell, i) => (
                      <td
                        key={`lead-${i}`}
                        rowSpan={group.rows.length}
                        data-label={view.columns[i]}
                        className="lead-cell px-3 py-2"
                      >
                        {i === 0 ? (
                          <div className="flex flex-wrap items-center gap-2">
                            {variant === 'article' ? (
                              <Link
                                href={routes.codeRow(table, group.id)}
                                className="code-link font-mono font-semibold"
                                title={`${group.label} : fiche du code`}
                              >
                                <Markdown paragraphs={cell} links={links} className="inline" />
                              </Link>
                            ) : (
                              <>
                                <span className="font-mono font-semibold">
                                  <Markdown paragraphs={cell} links={links} className="inline" />
                                </span>
                                {group.aliasIds.map((alias) => (
                                  <span key={alias} id={alias} className="row-alias">
                                    {alias.replace('code-', 'code ')}
                                  </span>
                                ))}
                                <CopyButton
                                  value={routes.codeRow(table, group.id)}
                                  label={`Copier le lien vers ${group.label}`}
                                  copiedMessage="Lien de la ligne copié"
                                />
                                <Link
                                  href={sourceHref}
                                  className="basis-full font-sans text-xs font-normal"
                                  title={`Source : ${sourceTitle}`}
                                >
                                  Source<span className="sr-only"> : {sourceTitle}</span>
                                </Link>
                                <TicketActions unit={codeRowTicket(table, group)} className="basis-full font-sans" />
                                <ResolutionFeedback
                                  target={routes.codeRow(table, group.id)}
                                  origin="code"
                                  className="mb-0 basis-full font-sans font-normal"
                                />
                              </>
                            )}
                          </div>
                        ) : (
                          <Markdown
                            paragraphs={cell}
                            links={links}
                            className={/^-?\d+$/.test(cell[0] ?? '') ? 'font-mono' : undefined}
                          />
                        )}
                      </td>
                    ))
                  : null}
                {cells.map((cell, i) => (
                  <td key={i} data-label={view.columns[leadCount + i]} className="px-3 py-2">
                    <Markdown paragraphs={cell} links={links} />
                  </td>
                ))}
              </tr>
            ))}
            <EnglishRow table={table} group={group} span={view.columns.length} />
            {variant === 'page' ? (
              <TeamNotesRow href={routes.codeRow(table, group.id)} span={view.columns.length} />
            ) : null}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** A row's English original, folded, across the table's width under the row (nothing when none aligns). */
function EnglishRow({ table, group, span }: { table: CodeTableId; group: CodeTableGroup; span: number }) {
  const { source } = getSite().codeTable(table);
  const original = (
    <RowEnglishOriginal article={source.article} anchor={source.anchor} codes={group.codes} label={group.label} />
  );
  return englishRowTree(source.article, source.anchor, group.codes) ? (
    <tr className="english-row">
      <td colSpan={span} className="px-3 pb-3">
        {original}
      </td>
    </tr>
  ) : null;
}

/** The team's notes on a row, in a row of their own right under it (nothing when the row has none). */
function TeamNotesRow({ href, span }: { href: string; span: number }) {
  const notes = <TeamNotes href={href} className="my-0" />;
  return getSite().notesFor(href).length ? (
    <tr>
      <td colSpan={span} className="px-3 pb-3">
        {notes}
      </td>
    </tr>
  ) : null;
}
