import { z } from 'zod';
import { idSchema, mediaSourceSchema, type NodeOutput, out, textSchema } from '../common.ts';
import { durationSchema } from '../duration.ts';

export const templateCategories = ['utility', 'marketing', 'authentication'] as const;
export type TemplateCategory = (typeof templateCategories)[number];

/** A value for one template placeholder. `name` is set for templates with named parameters. */
export const templateParamSchema = z.object({
  name: z.string().optional(),
  value: textSchema,
});
export type TemplateParam = z.infer<typeof templateParamSchema>;

export const templateHeaderSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('text'),
    /** The approved header text, with at most one placeholder. */
    text: textSchema,
    params: z.array(templateParamSchema).default([]),
  }),
  mediaSourceSchema.extend({ format: z.enum(['image', 'video', 'document']) }),
  z.object({
    format: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    name: textSchema.optional(),
    address: textSchema.optional(),
  }),
]);
export type TemplateHeader = z.infer<typeof templateHeaderSchema>;

export const templateButtonSchema = z.discriminatedUnion('type', [
  /** A tap comes back as an inbound `button` message whose payload is this id; it follows this id's edge. */
  z.object({ type: z.literal('quickReply'), id: idSchema, text: textSchema }),
  /** `url` is the approved URL; when it ends in a placeholder, `param` fills it. */
  z.object({ type: z.literal('url'), text: textSchema, url: z.string(), param: textSchema.optional() }),
  z.object({ type: z.literal('phone'), text: textSchema, phoneNumber: z.string() }),
  z.object({ type: z.literal('copyCode'), text: textSchema, code: textSchema }),
  /** Flow templates: opens a WhatsApp Flow. */
  z.object({ type: z.literal('flow'), text: textSchema }),
]);
export type TemplateButton = z.infer<typeof templateButtonSchema>;

/** Fields shared by every approved template a step sends: which template, and its approved content. */
export const templateRefFields = {
  /** The template's name in the WhatsApp Business account. */
  name: z.string().min(1),
  /** Language code of the approved translation, e.g. `en_US`, `es`. */
  language: z.string().min(2),
  category: z.enum(templateCategories),
  parameterFormat: z.enum(['positional', 'named']).default('positional'),
};

/**
 * An approved template. The content (header, body, footer, buttons) is the approved text, kept in the graph so
 * the canvas, the preview and the validator can show and check it; the server checks it against its registry.
 */
export const templateDataSchema = z.object({
  ...templateRefFields,
  header: templateHeaderSchema.optional(),
  body: textSchema,
  bodyParams: z.array(templateParamSchema).default([]),
  footer: textSchema.optional(),
  buttons: z.array(templateButtonSchema).default([]),
  /** With quick replies: how long to wait for a tap before the `timeout` edge. */
  timeout: durationSchema.optional(),
});
export type TemplateData = z.infer<typeof templateDataSchema>;

export function templateOutputs(data: TemplateData): NodeOutput[] {
  const quickReplies = data.buttons.filter((button) => button.type === 'quickReply');
  if (quickReplies.length === 0) return [out.next()];
  return [
    ...quickReplies.map((button) => out.choice(button.id, button.text)),
    out.invalid(),
    ...(data.timeout ? [out.timeout()] : []),
  ];
}
