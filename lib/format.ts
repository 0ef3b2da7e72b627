const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** `2020-02-18` -> `18 février 2020`. */
export function formatFrenchDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** `1 ligne lue`, `40 lignes lues`: a count with its words in the singular or the plural (French: 0 and 1 are singular). */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('fr-FR')} ${count < 2 ? singular : plural}`;
}

/** Lines of a text as an editor counts them: a final line break ends the last line, it opens no new one. */
export function lineCount(text: string): number {
  if (!text) return 0;
  return text.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
}
