import { z } from 'zod';
import { interactiveHeaderSchema, type NodeOutput, out, textSchema } from '../common.ts';

/** A message with one URL button. A tap opens the link and sends no webhook, so the bot moves on at once. */
export const ctaUrlDataSchema = z.object({
  header: interactiveHeaderSchema.optional(),
  body: textSchema,
  footer: textSchema.optional(),
  displayText: textSchema,
  url: textSchema,
});
export type CtaUrlData = z.infer<typeof ctaUrlDataSchema>;

export function ctaUrlOutputs(): NodeOutput[] {
  return [out.next(), out.windowClosed()];
}
