import { z } from 'zod';
import { type NodeOutput, out, replyHandlingFields } from '../common.ts';

export const replyValidationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().optional(),
  }),
  z.object({
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('email') }),
  z.object({ kind: z.literal('phone') }),
  z.object({ kind: z.literal('regex'), pattern: z.string(), flags: z.string().optional() }),
  z.object({ kind: z.literal('choice'), choices: z.array(z.string()) }),
]);
export type ReplyValidation = z.infer<typeof replyValidationSchema>;

/**
 * Waits for the customer's answer, checks it and stores it in a variable. With `gatherSeconds` the answer is
 * taken only after that many seconds of silence, joining the fragments people type in bursts.
 */
export const waitForReplyDataSchema = z.object({
  variable: z.string(),
  validation: replyValidationSchema,
  gatherSeconds: z.number().nonnegative().optional(),
  ...replyHandlingFields,
});
export type WaitForReplyData = z.infer<typeof waitForReplyDataSchema>;

export function waitForReplyOutputs(data: WaitForReplyData): NodeOutput[] {
  return [out.next('Answer'), out.invalid(), ...(data.timeout ? [out.timeout()] : [])];
}
