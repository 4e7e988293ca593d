import { z } from 'zod';
import { type NodeOutput, out, textSchema } from '../common.ts';
import { durationSchema } from '../duration.ts';

/** Waits, then goes on. The bot sends nothing meanwhile; the server keeps the timer. */
export const delayDataSchema = z.object({ duration: durationSchema });
export type DelayData = z.infer<typeof delayDataSchema>;

/** Sets a flow variable or a contact field to a text (placeholders allowed). */
export const setFieldDataSchema = z.object({
  scope: z.enum(['variable', 'contact']),
  name: z.string(),
  value: textSchema,
});
export type SetFieldData = z.infer<typeof setFieldDataSchema>;

export const tagDataSchema = z.object({ tag: z.string() });
export type TagData = z.infer<typeof tagDataSchema>;

/** Moves the contact's lead to a stage of a pipeline. */
export const changeStageDataSchema = z.object({ pipeline: z.string(), stage: z.string() });
export type ChangeStageData = z.infer<typeof changeStageDataSchema>;

/** Hands the conversation to a team or an agent; the bot stops. */
export const handoffDataSchema = z.object({
  team: z.string().optional(),
  agent: z.string().optional(),
  /** An internal note the agent sees (placeholders allowed); never sent to the customer. */
  note: textSchema.optional(),
});
export type HandoffData = z.infer<typeof handoffDataSchema>;

/** Continues in another flow of the workspace; this flow's session ends. */
export const goToFlowDataSchema = z.object({ flowId: z.string() });
export type GoToFlowData = z.infer<typeof goToFlowDataSchema>;

export const endDataSchema = z.object({
  /** Why the bot stops here, kept in the session's trace. */
  reason: z.string().optional(),
});
export type EndData = z.infer<typeof endDataSchema>;

export const nextOnly = (): NodeOutput[] => [out.next()];
export const noOutputs = (): NodeOutput[] => [];
