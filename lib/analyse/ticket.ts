import type { AnalysisFinding } from './analyse';

/**
 * The findings as a ticket note: what the paste pointed to, why, on which lines, with absolute links.
 * Plain text for any ticket tool, Markdown for the ones that render it.
 */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 8).join(', ');
  return lines.length > 8 ? `${shown}… (${lines.length} au total)` : shown;
}

function occurrences(finding: AnalysisFinding): string {
  return finding.occurrences > 1 ? ` (×${finding.occurrences})` : '';
}

export function findingsAsText(findings: readonly AnalysisFinding[], origin: string): string {
  const blocks = findings.map((finding, i) =>
    [
      `${i + 1}. ${finding.title}${occurrences(finding)}`,
      `   Raison : ${finding.reason} — lignes ${lineList(finding.lines)}`,
      `   Extrait : ${finding.evidence.text.trim()}`,
      `   ${new URL(finding.href, origin).href}`,
    ].join('\n'),
  );
  return [`Analyse du journal : ${findings.length} résolution${findings.length > 1 ? 's' : ''}`, '', ...blocks].join('\n');
}

export function findingsAsMarkdown(findings: readonly AnalysisFinding[], origin: string): string {
  const items = findings.map(
    (finding, i) =>
      `${i + 1}. [${finding.title}](${new URL(finding.href, origin).href})${occurrences(finding)}  \n   ${finding.reason} — lignes ${lineList(finding.lines)}  \n   \`${finding.evidence.text.trim().replace(/`/g, "'")}\``,
  );
  return [`**Analyse du journal : ${findings.length} résolution${findings.length > 1 ? 's' : ''}**`, '', ...items].join('\n');
}
