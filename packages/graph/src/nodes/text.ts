import { z } from 'zod';
import { type NodeOutput, out, textSchema } from '../common.ts';

/** A plain text message, with WhatsApp formatting and optional link preview. */
export const textDataSchema = z.object({
  body: textSchema,
  previewUrl: z.boolean().optional(),
});
export type TextData = z.infer<typeof textDataSchema>;

export function textOutputs(): NodeOutput[] {
  return [out.next(), out.windowClosed()];
}
