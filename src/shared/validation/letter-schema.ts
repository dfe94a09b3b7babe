import { z } from 'zod';
import type { LetterDocument } from '../domain/letter-document';
import { LETTER_KINDS } from '../domain/letters';

const text = (max: number) => z.string().max(max);

const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text(20_000) }).strict(),
  z.object({ type: z.literal('list'), items: z.array(text(5_000)).max(500) }).strict(),
  z
    .object({
      type: z.literal('table'),
      columns: z.array(text(100)).max(20),
      rows: z.array(z.array(text(5_000)).max(20)).max(1_000),
      widths: z.array(z.number().positive()).max(20).optional(),
    })
    .strict(),
]);

const sectionSchema = z
  .object({ id: z.string().min(1).max(100), heading: text(200).optional(), blocks: z.array(blockSchema).max(500), closing: z.array(text(500)).max(20).optional() })
  .strict();

/**
 * A document as the person edited it in the app; validated before it is saved or rendered. Versions
 * saved before the disclaimer moved out of documents carry a `draftNote`; it is read and dropped.
 */
export const letterDocumentSchema = z
  .object({
    kind: z.enum(LETTER_KINDS),
    title: text(200),
    subject: text(500).optional(),
    salutation: text(500).optional(),
    sections: z.array(sectionSchema).max(100),
    fields: z
      .array(z.object({ id: z.string().min(1).max(100), label: text(100), value: text(20_000), limit: z.number().int().positive().optional() }).strict())
      .max(50)
      .optional(),
    addressee: text(500).optional(),
    signature: z.object({ label: text(100), name: text(100).optional(), date: text(100), lines: z.array(text(500)).max(20).optional() }).strict().optional(),
    annexes: z.array(sectionSchema).max(10).optional(),
    draftNote: text(1_000).optional(),
  })
  .strict()
  .transform(({ draftNote: _dropped, ...document }): LetterDocument => document) satisfies z.ZodType<LetterDocument>;
