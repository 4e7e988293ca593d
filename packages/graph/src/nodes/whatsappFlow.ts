import { z } from 'zod';
import { idSchema, type NodeOutput, out, textSchema } from '../common.ts';
import { durationSchema } from '../duration.ts';
import { templateParamSchema, templateRefFields } from './template.ts';

export const flowOptionSchema = z.object({ id: idSchema, title: z.string() });
export type FlowOption = z.infer<typeof flowOptionSchema>;

const fieldBase = {
  /** The answer's key in the completion payload. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'use letters, digits and "_"'),
  label: z.string(),
  required: z.boolean().default(false),
  helperText: z.string().optional(),
};

export const flowFieldTypes = [
  'textInput',
  'textArea',
  'dropdown',
  'radioGroup',
  'checkboxGroup',
  'datePicker',
] as const;
export type FlowFieldType = (typeof flowFieldTypes)[number];

export const flowFieldSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('textInput'),
    ...fieldBase,
    inputType: z.enum(['text', 'number', 'email', 'phone', 'password']).default('text'),
  }),
  z.object({ type: z.literal('textArea'), ...fieldBase }),
  z.object({ type: z.literal('dropdown'), ...fieldBase, options: z.array(flowOptionSchema) }),
  z.object({ type: z.literal('radioGroup'), ...fieldBase, options: z.array(flowOptionSchema) }),
  z.object({ type: z.literal('checkboxGroup'), ...fieldBase, options: z.array(flowOptionSchema) }),
  z.object({
    type: z.literal('datePicker'),
    ...fieldBase,
    /** ISO dates (YYYY-MM-DD) bounding the choice. */
    minDate: z.string().optional(),
    maxDate: z.string().optional(),
  }),
]);
export type FlowField = z.infer<typeof flowFieldSchema>;

export const flowScreenSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'screen ids are upper case, e.g. DETAILS'),
  title: z.string(),
  fields: z.array(flowFieldSchema),
  /** The footer button: "Continue" between screens, "Submit" on the last. */
  submitLabel: z.string().optional(),
});
export type FlowScreen = z.infer<typeof flowScreenSchema>;

/** Where a submitted answer goes: the field's name → a flow variable. */
export const flowAnswerMappingSchema = z.object({ field: z.string(), variable: z.string() });

/**
 * A WhatsApp Flow (a form inside the chat). Inside the 24-hour window it goes as an interactive `flow` message;
 * outside it through `template` (a Flow template), when one is given.
 */
export const whatsappFlowDataSchema = z.object({
  /** Meta's id of the published Flow; `flowName` is used when absent. */
  flowId: z.string().optional(),
  flowName: z.string().min(1),
  mode: z.enum(['published', 'draft']).default('published'),
  header: textSchema.optional(),
  body: textSchema,
  footer: textSchema.optional(),
  cta: textSchema,
  screens: z.array(flowScreenSchema),
  answers: z.array(flowAnswerMappingSchema).default([]),
  template: z
    .object({
      ...templateRefFields,
      body: textSchema,
      bodyParams: z.array(templateParamSchema).default([]),
      buttonText: textSchema,
    })
    .optional(),
  timeout: durationSchema.optional(),
});
export type WhatsappFlowData = z.infer<typeof whatsappFlowDataSchema>;

export function whatsappFlowOutputs(data: WhatsappFlowData): NodeOutput[] {
  return [
    { id: 'submitted', label: 'Submitted', kind: 'submitted', required: false },
    ...(data.timeout ? [out.timeout()] : []),
    out.windowClosed(),
  ];
}
