import { z } from 'zod';
import { type NodeOutput, out, textSchema } from '../common.ts';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** `path` is a dotted path into the JSON response (`order.items.0.name`); the value lands in `variable`. */
export const responseMappingSchema = z.object({ path: z.string(), variable: z.string() });

/** An HTTP call to the team's own systems; a non-2xx answer, a timeout or a network error take `error`. */
export const webhookDataSchema = z.object({
  method: z.enum(httpMethods).default('POST'),
  url: textSchema,
  headers: z.array(z.object({ name: z.string(), value: textSchema })).default([]),
  /** Request body, usually JSON, with placeholders. */
  body: textSchema.optional(),
  responseMappings: z.array(responseMappingSchema).default([]),
  timeoutSeconds: z.number().positive().default(10),
});
export type WebhookData = z.infer<typeof webhookDataSchema>;

export function webhookOutputs(): NodeOutput[] {
  return [out.next('Success'), out.error()];
}
