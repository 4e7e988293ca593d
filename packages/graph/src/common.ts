import { z } from 'zod';
import { durationSchema } from './duration.ts';
import { LIMITS } from './limits.ts';

/** Ids of nodes, edges, buttons, rows, branches: short, stable, URL- and JSON-safe. */
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.buttonId)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'use letters, digits, "_", "-", "." or ":"');

/** A text a marketer writes; may hold `{{variable}}` or `{{contact.field}}` placeholders. */
export const textSchema = z.string();

/** Media given by a public link or by an id uploaded to WhatsApp: exactly one of the two (checked by the validator). */
export const mediaSourceSchema = z.object({
  link: z.string().optional(),
  mediaId: z.string().optional(),
});

export const interactiveHeaderSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: textSchema }),
  mediaSourceSchema.extend({ type: z.enum(['image', 'video', 'document']) }),
]);
export type InteractiveHeader = z.infer<typeof interactiveHeaderSchema>;

/** What a waiting step does with answers it cannot use, and how long it waits at all. */
export const replyHandlingFields = {
  /** Sent when the answer does not match; then the step waits again. */
  retryMessage: textSchema.optional(),
  /** How many times to re-prompt before taking the `invalid` edge. */
  maxRetries: z.number().int().nonnegative().default(2),
  /** Without an answer in this time the `timeout` edge is taken. */
  timeout: durationSchema.optional(),
};

/** The named source handles a step can have. */
export const outputKinds = [
  'next',
  'choice',
  'branch',
  'else',
  'submitted',
  'timeout',
  'invalid',
  'error',
  'windowClosed',
] as const;
export type OutputKind = (typeof outputKinds)[number];

/** One outgoing choice of a step: an edge leaves from the source handle with this id. */
export interface NodeOutput {
  id: string;
  label: string;
  kind: OutputKind;
  /** A choice the customer can make (button, row, quick reply) must be wired; the rest may stay open. */
  required: boolean;
}

/** Handle ids with a fixed meaning; button, row and branch ids may not take them. */
export const RESERVED_HANDLE_IDS = [
  'next',
  'else',
  'submitted',
  'timeout',
  'invalid',
  'error',
  'windowClosed',
] as const;

export const out = {
  next: (label = 'Next'): NodeOutput => ({ id: 'next', label, kind: 'next', required: false }),
  windowClosed: (): NodeOutput => ({
    id: 'windowClosed',
    label: 'Window closed',
    kind: 'windowClosed',
    required: false,
  }),
  timeout: (): NodeOutput => ({ id: 'timeout', label: 'No answer', kind: 'timeout', required: false }),
  invalid: (): NodeOutput => ({ id: 'invalid', label: 'Invalid answer', kind: 'invalid', required: false }),
  error: (): NodeOutput => ({ id: 'error', label: 'Error', kind: 'error', required: false }),
  choice: (id: string, label: string): NodeOutput => ({ id, label, kind: 'choice', required: true }),
};
