import { z } from 'zod';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';

const nodeIndex = z.int().nonnegative();
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
        })
        .strict(),
    ),
  })
  .strict();

export type WizardFile = z.infer<typeof wizardFileSchema>;
