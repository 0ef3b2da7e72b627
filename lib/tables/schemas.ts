import { z } from 'zod';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';

/** A cell or paragraph of a table: Markdown as in the source article (bold, code, links). */
const markdown = z.string().trim().min(1);
const paragraphs = z.array(markdown).min(1);
const source = z.object({ article: z.enum(ARTICLE_SLUGS), anchor: z.string().min(1) }).strict();
const columns = (count: number) => z.array(z.string().min(1)).length(count);
const eventId = z.int().positive();

export const scriptEventsSchema = z
  .object({
    source,
    columns: columns(3),
    rows: z.array(z.object({ eventId, errorType: markdown, resolution: paragraphs }).strict()).min(1),
  })
  .strict();

export const senseEventsSchema = z
  .object({
    source,
    columns: columns(3),
    rows: z.array(z.object({ eventId, message: markdown, resolution: paragraphs }).strict()).min(1),
  })
  .strict();

export const intuneErrorsSchema = z
  .object({
    source,
    columns: columns(5),
    rows: z
      .array(
        z
          .object({
            hex: z.string().regex(/^0x[0-9A-Fa-f]{8}$/, 'hexadécimal attendu : 0x suivi de 8 chiffres'),
            dec: z.int(),
            description: markdown,
            cases: z.array(z.object({ omaUris: paragraphs, causes: paragraphs }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const nonComplianceSchema = z
  .object({
    source,
    columns: columns(3),
    rows: z.array(z.object({ case: z.int().positive(), symptoms: markdown, causes: paragraphs }).strict()).min(1),
  })
  .strict();

export const mdmEventsSchema = z
  .object({
    source,
    columns: columns(4),
    rows: z
      .array(z.object({ eventId, severity: markdown, description: markdown, resolution: markdown }).strict())
      .min(1),
  })
  .strict();

/** `5-9` or `18`: one enrollment status or an inclusive range of them. */
export const codeRange = z.string().regex(/^\d+(-\d+)?$/, 'code ou plage attendu, par exemple 18 ou 26-33');

export const scpStatusesSchema = z
  .object({
    source,
    columns: columns(3),
    rows: z.array(z.object({ codes: z.array(codeRange).min(1), status: markdown, actions: markdown }).strict()).min(1),
  })
  .strict();

export const deviceJoinStatesSchema = z
  .object({ source, columns: columns(2), rows: z.array(z.object({ from: markdown, to: markdown }).strict()).min(1) })
  .strict();

export const sensorUrlsSchema = z
  .object({
    source,
    columns: columns(2),
    rows: z
      .array(z.object({ location: markdown, hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1) }).strict())
      .min(1),
  })
  .strict();

export const portalUrlsSchema = z.object({ source, urls: z.array(z.string().min(3)).min(1) }).strict();

/** Every data file of content/tables, by file name, with its schema. */
export const TABLE_SCHEMAS = {
  'script-events': scriptEventsSchema,
  'sense-events': senseEventsSchema,
  'intune-errors': intuneErrorsSchema,
  'non-compliance': nonComplianceSchema,
  'mdm-events': mdmEventsSchema,
  'scp-statuses': scpStatusesSchema,
  'device-join-states': deviceJoinStatesSchema,
  'sensor-urls': sensorUrlsSchema,
  'portal-urls': portalUrlsSchema,
} as const;

export type TableFile = keyof typeof TABLE_SCHEMAS;
export type TableData<F extends TableFile> = z.infer<(typeof TABLE_SCHEMAS)[F]>;
