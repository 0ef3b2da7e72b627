/**
 * The CSV export of each table of /equipe (and of the raw search log, redacted), for the lead's spreadsheets.
 */
import { toCsv } from './csv';
import type { Dashboard } from './dashboard';
import { REPORT_KIND_LABELS, type ReportKind } from './schemas';
import type { SearchRow } from './store';

export const CSV_TABLES = ['lacunes', 'resolutions', 'signalements', 'tendances', 'recherches'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function isCsvTable(value: string): value is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(value);
}

export function dashboardCsv(table: Exclude<CsvTable, 'recherches'>, data: Dashboard): string {
  switch (table) {
    case 'lacunes':
      return toCsv(
        ['recherche', 'fois', 'sans_resultat', 'derniere_fois', 'variantes'],
        data.gaps.map((gap) => [gap.query, gap.count, gap.noResult, gap.lastSeen, gap.variants.join(' | ')]),
      );
    case 'resolutions':
      return toCsv(
        ['lien', 'titre', 'type', 'oui', 'non', 'taux_oui', 'ouvertures'],
        data.rates.map((row) => [
          row.target,
          row.label?.title ?? '',
          row.label?.kind ?? '',
          row.oui,
          row.non,
          row.rate === null ? '' : Math.round(row.rate * 1000) / 1000,
          row.opened,
        ]),
      );
    case 'signalements':
      return toCsv(
        ['cle', 'date', 'lien', 'origine', 'type', 'etat', 'texte'],
        data.openReports.map((report) => [
          report.key,
          report.createdAt,
          report.target,
          report.origin,
          REPORT_KIND_LABELS[report.kind as ReportKind] ?? report.kind,
          report.status,
          report.body,
        ]),
      );
    case 'tendances':
      return toCsv(
        ['semaine', 'recherches', 'sans_reponse_sure', 'oui', 'non', 'signalements'],
        data.trends.map((week) => [week.week, week.searches, week.gaps, week.oui, week.non, week.reports]),
      );
  }
}

export function searchesCsv(rows: readonly SearchRow[]): string {
  return toCsv(
    ['cle', 'date', 'contexte', 'recherche', 'resultats', 'niveau', 'score', 'rang_ouvert', 'lien_ouvert'],
    rows.map((row) => [
      row.key,
      row.createdAt,
      row.context,
      row.query,
      row.resultCount,
      row.topTier,
      row.topScore,
      row.openedRank,
      row.openedTarget,
    ]),
  );
}
