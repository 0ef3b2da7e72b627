/** DocFX callouts (`> [!NOTE]`…) as the portal names them: one list for the page, the ticket and the Markdown. */
export const CALLOUT_LABELS = {
  note: 'Remarque',
  tip: 'Conseil',
  important: 'Important',
  warning: 'Avertissement',
  caution: 'Attention',
} as const;

export type CalloutType = keyof typeof CALLOUT_LABELS;

export function calloutLabel(type: string): string {
  return Object.hasOwn(CALLOUT_LABELS, type) ? CALLOUT_LABELS[type as CalloutType] : CALLOUT_LABELS.note;
}
