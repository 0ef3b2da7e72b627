import { z } from 'zod';
import { ContentError, lineOf } from '@/lib/content-error';
import { PRODUCT_IDS } from './catalog';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

export const frontMatterSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    product: z.enum(PRODUCT_IDS as [string, ...string[]]),
    /** The article's file name in Microsoft's repository, as written there (Learn repositories use capitals). */
    sourceFile: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|yml)$/),
    /** `ms.date`, or `ms.lasthandoff` when the article has no `ms.date`. */
    sourceDate: isoDate,
    learnUrl: z.url().startsWith('https://learn.microsoft.com/'),
    /** Folder of the article on Learn: relative links in the article resolve against it. */
    learnDir: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
    /** Fingerprint of the source file the article was imported from (`npm run import -- --check`). */
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema> & { product: 'defender-endpoint' | 'azure-atp' };

/** Validates an article's front matter; a failure names the file and the line of the faulty key. */
export function parseFrontMatter(data: unknown, file: string, raw: string): FrontMatter {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return result.data as FrontMatter;
  const issue = result.error.issues[0];
  const key = issue?.path[0];
  const line = typeof key === 'string' ? (lineOf(raw, `\n${key}:`) ?? 0) + 1 : 1;
  throw new ContentError(file, line, `front matter invalide (${String(key ?? '?')}) : ${issue?.message}`);
}
