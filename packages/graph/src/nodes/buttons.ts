import { z } from 'zod';
import { idSchema, interactiveHeaderSchema, type NodeOutput, out, replyHandlingFields, textSchema } from '../common.ts';

export const replyButtonSchema = z.object({
  id: idSchema,
  title: textSchema,
});
export type ReplyButton = z.infer<typeof replyButtonSchema>;

/** A message with 1–3 reply buttons; the step waits for the tap and follows that button's edge. */
export const buttonsDataSchema = z.object({
  header: interactiveHeaderSchema.optional(),
  body: textSchema,
  footer: textSchema.optional(),
  buttons: z.array(replyButtonSchema),
  ...replyHandlingFields,
});
export type ButtonsData = z.infer<typeof buttonsDataSchema>;

export function buttonsOutputs(data: ButtonsData): NodeOutput[] {
  return [
    ...data.buttons.map((button) => out.choice(button.id, button.title)),
    out.invalid(),
    ...(data.timeout ? [out.timeout()] : []),
    out.windowClosed(),
  ];
}
