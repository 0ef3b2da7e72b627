/**
 * What the browser may write, as zod schemas: a resolution vote (and its undo), an error report, a search.
 * Each write carries an idempotency key made by the browser, so a retried request lands on the same row.
 * Pure: the API routes validate with these, and the client island builds its bodies with the same types.
 */
import { z } from 'zod';

/** Largest request body the API reads, in bytes: a 2,000-character report fits with room to spare. */
export const MAX_BODY_BYTES = 16 * 1024;
/** An error report's text, in characters (the issue's limit). */
export const REPORT_MAX_CHARS = 2000;
/** What is kept of a search query (a pasted log is cut: its start carries the error). */
export const QUERY_MAX_CHARS = 1000;

export const VOTE_VALUES = ['oui', 'non'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

/** Where the agent answered: the unit's kind, for the lead's view. */
export const ORIGINS = ['article', 'code', 'assistant', 'analyse'] as const;
export type Origin = (typeof ORIGINS)[number];

export const REPORT_KINDS = ['traduction', 'etape', 'cas-manquant', 'autre'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  traduction: 'Traduction erronée',
  etape: 'Étape périmée',
  'cas-manquant': 'Cas manquant',
  autre: 'Autre',
};

/** Confidence of the first result, as search shows it (« Correspondance exacte », « Probable », « Possible »). */
export const TIERS = ['exacte', 'probable', 'possible'] as const;
export type Tier = (typeof TIERS)[number];

export const SEARCH_CONTEXTS = ['recherche', 'entete'] as const;

/** A path of this site (a deep link), never another origin: `/articles/x#y`, `/codes/sense#evt-15`. */
const sitePath = z
  .string()
  .max(300, 'Lien trop long.')
  .regex(/^\/(?!\/)[^\s<>"'\\]*$/, 'Le lien doit être un chemin du portail.');

const key = z.uuid({ error: 'Clé d’idempotence invalide (UUID attendu).' });

export const voteSchema = z.strictObject({
  key,
  target: sitePath,
  origin: z.enum(ORIGINS),
  /** `null` undoes the vote. */
  value: z.enum(VOTE_VALUES).nullable(),
  /** Grows with each change of the same vote: a late retry of an older value never wins. */
  seq: z.int().min(1).max(1_000_000),
  /** For an /analyse finding, the signal it was found by (never the pasted text). */
  signal: z.string().max(200).optional(),
});
export type VoteInput = z.infer<typeof voteSchema>;

export const reportSchema = z.strictObject({
  key,
  target: sitePath,
  origin: z.enum(ORIGINS),
  kind: z.enum(REPORT_KINDS),
  text: z
    .string()
    .trim()
    .min(1, 'Le signalement est vide.')
    .max(REPORT_MAX_CHARS, `Le signalement dépasse ${REPORT_MAX_CHARS.toLocaleString('fr-FR')} caractères.`),
});
export type ReportInput = z.infer<typeof reportSchema>;

export const searchSchema = z.strictObject({
  key,
  query: z.string().trim().min(1, 'Recherche vide.').max(QUERY_MAX_CHARS),
  context: z.enum(SEARCH_CONTEXTS),
  resultCount: z.int().min(0).max(10_000),
  topTier: z.enum(TIERS).nullable(),
  topScore: z.number().finite().nullable(),
  /** 1-based rank of the result the agent opened, once one is. */
  openedRank: z.int().min(1).max(1000).nullable(),
  openedTarget: sitePath.nullable(),
});
export type SearchInput = z.infer<typeof searchSchema>;

/** The lead marks a report as handled (or reopens it). */
export const reportStatusSchema = z.strictObject({
  key,
  status: z.enum(['ouvert', 'traite']),
});

/** A French sentence for the first problem zod found: the API answers it as `{ erreur }`. */
export function frenchIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Requête invalide.';
  const field = issue.path.join('.') || 'corps';
  if (issue.code === 'unrecognized_keys') return `Champ inconnu : ${issue.keys.join(', ')}.`;
  if (issue.code === 'invalid_type') return `Champ « ${field} » : type invalide.`;
  if (issue.code === 'invalid_value') return `Champ « ${field} » : valeur non permise.`;
  // Our own messages are French already; zod's defaults for sizes are not.
  const own = /[éèàçù’«]/.test(issue.message) ? issue.message : undefined;
  if (issue.code === 'too_big') return own ?? `Champ « ${field} » : trop long ou trop grand.`;
  if (issue.code === 'too_small') return own ?? `Champ « ${field} » : trop court ou trop petit.`;
  return own ?? `Champ « ${field} » invalide.`;
}
