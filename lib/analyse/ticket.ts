import { blocksToHtml, blocksToMarkdown, blocksToText, type Block } from '@/lib/ticket/blocks';
import { TIER_LABELS } from '@/lib/search/tier';
import type { AnalysisFinding } from './analyse';
import type { ResolutionMap } from './resolutions';

/**
 * The findings as a ticket note (the same document tree and renderers as « Copier pour le ticket »): what
 * the paste pointed to, why, on which lines, with the triggering line verbatim and absolute links, then the
 * resolution itself (the section's or row's blocks, as its own « Copier pour le ticket » gives them) when the
 * caller has it.
 */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 8).join(', ');
  return lines.length > 8 ? `${shown}… (${lines.length} au total)` : shown;
}

/** The resolution's steps as a labelled note, so that every renderer sets them apart from the evidence. */
function resolutionNote(blocks: readonly Block[] | undefined): Block[] {
  return blocks?.length ? [{ type: 'note', label: 'Résolution', children: [...blocks] }] : [];
}

export function findingsDocument(findings: readonly AnalysisFinding[], resolutions: ResolutionMap = {}): Block[] {
  const count = `${findings.length} résolution${findings.length > 1 ? 's' : ''}`;
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: `Analyse du journal : ${count}` }] },
    {
      type: 'list',
      ordered: true,
      start: 1,
      items: findings.map((finding) => [
        {
          type: 'paragraph',
          children: [
            { type: 'link', href: finding.href, children: [{ type: 'text', value: finding.title }] },
            ...(finding.occurrences > 1 ? [{ type: 'text' as const, value: ` (×${finding.occurrences})` }] : []),
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              value: `${TIER_LABELS[finding.tier]} : ${finding.reason} — ${finding.lines.length > 1 ? 'lignes' : 'ligne'} ${lineList(finding.lines)}`,
            },
          ],
        },
        { type: 'code', value: finding.evidence.text.trim() },
        ...resolutionNote(resolutions[finding.href]),
      ]),
    },
  ];
}

/** Plain text and HTML together, for the clipboard. */
export function findingsForTicket(
  findings: readonly AnalysisFinding[],
  origin: string,
  resolutions: ResolutionMap = {},
): { text: string; html: string } {
  const document = findingsDocument(findings, resolutions);
  return { text: blocksToText(document, { origin }), html: blocksToHtml(document, { origin }) };
}

export function findingsAsMarkdown(
  findings: readonly AnalysisFinding[],
  origin: string,
  resolutions: ResolutionMap = {},
): string {
  return blocksToMarkdown(findingsDocument(findings, resolutions), { origin });
}
