import { z } from 'zod';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';

const nodeIndex = z.int().nonnegative();

/**
 * Where a team precision's values are written in text: a row of a code table or a section of an article,
 * with the words quoted from it (checked at build: the quote must be there). `english` quotes the English
 * original on Learn, copied here by hand (the repository keeps no English original of this article).
 */
const precisionSource = z.union([
  z
    .object({
      table: z.string().min(1),
      row: z.string().min(1),
      quote: z.string().min(1),
      english: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      article: z.enum(ARTICLE_SLUGS),
      anchor: z.string().min(1),
      quote: z.string().min(1),
      english: z.string().min(1).optional(),
    })
    .strict(),
]);

/**
 * « Précision de l’équipe »: values a step of the article shows only in a screenshot, given by the team beside
 * the article's text (never inside it), with why and where they come from.
 */
export const teamPrecisionSchema = z
  .object({
    values: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) }).strict()).min(1),
    basis: z.string().min(1),
    sources: z.array(precisionSource).min(1),
  })
  .strict();
const answer = z.union([
  z.object({ label: z.string().min(1), path: z.string().min(1) }).strict(),
  z.object({ label: z.string().min(1), outcome: z.string().min(1) }).strict(),
]);

export const wizardFileSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    source: z.object({ article: z.enum(ARTICLE_SLUGS), anchor: z.string().min(1) }).strict(),
    /** The URL parameter that names the branch (`cas`), or null for a single path. */
    branchParam: z
      .string()
      .regex(/^[a-z]+$/)
      .nullable(),
    /** What the wizard opens on: nodes [from, to) of the source section, then the question. */
    start: z.object({ title: z.string().min(1), nodes: z.tuple([nodeIndex, nodeIndex]) }).strict(),
    question: z.object({ text: z.string().min(1), answers: z.array(answer).min(2) }).strict(),
    outcomes: z.record(
      z.string().regex(/^[a-z-]+$/),
      z.object({ title: z.string().min(1), summary: z.string().min(1), node: nodeIndex }).strict(),
    ),
    paths: z.record(
      z.string().regex(/^[a-z]+$/),
      z
        .object({
          label: z.string().min(1),
          /** A paragraph of the section that introduces this path. */
          intro: nodeIndex.optional(),
          /** The ordered list of the section whose items are the steps. */
          list: nodeIndex,
          /** One short title per step (the portal's words); the step text is the article's. */
          titles: z.array(z.string().min(1)).min(1),
          phases: z
            .array(z.object({ from: z.int().positive(), to: z.int().positive(), label: z.string().min(1) }).strict())
            .optional(),
          /** Commands of a step, copied by a button; each must appear as such in the step's text. */
          commands: z.record(z.string().regex(/^\d+$/), z.array(z.string().min(1))).optional(),
          /** The team's values for steps whose settings the article shows only as a screenshot. */
          precisions: z.record(z.string().regex(/^\d+$/), teamPrecisionSchema).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type WizardFile = z.infer<typeof wizardFileSchema>;
export type TeamPrecisionFile = z.infer<typeof teamPrecisionSchema>;
