import { z } from 'zod';
import { idSchema, type NodeOutput, out, replyHandlingFields, textSchema } from '../common.ts';

export const listRowSchema = z.object({
  id: idSchema,
  title: textSchema,
  description: textSchema.optional(),
});
export type ListRow = z.infer<typeof listRowSchema>;

export const listSectionSchema = z.object({
  /** Required when the list has more than one section. */
  title: textSchema.optional(),
  rows: z.array(listRowSchema),
});
export type ListSection = z.infer<typeof listSectionSchema>;

/** A list message: a button that opens up to 10 rows in sections; each row is a choice with its own edge. */
export const listDataSchema = z.object({
  /** Lists take a text header only. */
  header: textSchema.optional(),
  body: textSchema,
  footer: textSchema.optional(),
  buttonLabel: textSchema,
  sections: z.array(listSectionSchema),
  ...replyHandlingFields,
});
export type ListData = z.infer<typeof listDataSchema>;

export function listRows(data: ListData): ListRow[] {
  return data.sections.flatMap((section) => section.rows);
}

export function listOutputs(data: ListData): NodeOutput[] {
  return [
    ...listRows(data).map((row) => out.choice(row.id, row.title)),
    out.invalid(),
    ...(data.timeout ? [out.timeout()] : []),
    out.windowClosed(),
  ];
}
