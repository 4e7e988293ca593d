import type { z } from 'zod';
import type { NodeOutput } from '../common.ts';
import {
  changeStageDataSchema,
  delayDataSchema,
  endDataSchema,
  goToFlowDataSchema,
  handoffDataSchema,
  nextOnly,
  noOutputs,
  setFieldDataSchema,
  tagDataSchema,
} from './actions.ts';
import { buttonsDataSchema, buttonsOutputs } from './buttons.ts';
import { carouselDataSchema, carouselOutputs } from './carousel.ts';
import { conditionDataSchema, conditionOutputs } from './condition.ts';
import { ctaUrlDataSchema, ctaUrlOutputs } from './ctaUrl.ts';
import { listDataSchema, listOutputs } from './list.ts';
import { mediaDataSchema, mediaOutputs } from './media.ts';
import { templateDataSchema, templateOutputs } from './template.ts';
import { textDataSchema, textOutputs } from './text.ts';
import { waitForReplyDataSchema, waitForReplyOutputs } from './waitForReply.ts';
import { webhookDataSchema, webhookOutputs } from './webhook.ts';
import { whatsappFlowDataSchema, whatsappFlowOutputs } from './whatsappFlow.ts';

export const nodeTypes = [
  'text',
  'media',
  'buttons',
  'list',
  'ctaUrl',
  'template',
  'carousel',
  'whatsappFlow',
  'waitForReply',
  'condition',
  'delay',
  'setField',
  'addTag',
  'removeTag',
  'changeStage',
  'handoff',
  'webhook',
  'goToFlow',
  'end',
] as const;
export type NodeType = (typeof nodeTypes)[number];

/**
 * What a step sends, for the messaging-window policy: a free-form message needs the 24-hour window,
 * a template may go any time, a Flow is free-form inside the window (its template fallback outside).
 */
export type SendKind = 'freeForm' | 'template' | 'flow' | null;

export interface NodeDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** The step's outgoing choices, one source handle each. */
  outputs: (data: z.infer<S>) => NodeOutput[];
  label: string;
  description: string;
  group: 'Messages' | 'Templates' | 'Input' | 'Logic' | 'CRM' | 'Integrations' | 'Flow control';
  sends: SendKind;
  /** The step stops and waits for the customer (a choice, an answer or a Flow submission). */
  waitsForCustomer: boolean;
}

function define<S extends z.ZodType>(definition: NodeDefinition<S>): NodeDefinition<S> {
  return definition;
}

/** Every step type, in every layer's terms. A new type does not compile until it is added here. */
export const nodeDefinitions = {
  text: define({
    schema: textDataSchema,
    outputs: textOutputs,
    label: 'Text',
    description: 'A text message with WhatsApp formatting',
    group: 'Messages',
    sends: 'freeForm',
    waitsForCustomer: false,
  }),
  media: define({
    schema: mediaDataSchema,
    outputs: mediaOutputs,
    label: 'Media',
    description: 'An image, video, document, audio or sticker',
    group: 'Messages',
    sends: 'freeForm',
    waitsForCustomer: false,
  }),
  buttons: define({
    schema: buttonsDataSchema,
    outputs: buttonsOutputs,
    label: 'Reply buttons',
    description: 'Up to 3 buttons; each tap follows its own path',
    group: 'Messages',
    sends: 'freeForm',
    waitsForCustomer: true,
  }),
  list: define({
    schema: listDataSchema,
    outputs: listOutputs,
    label: 'List',
    description: 'Up to 10 rows in sections behind a button',
    group: 'Messages',
    sends: 'freeForm',
    waitsForCustomer: true,
  }),
  ctaUrl: define({
    schema: ctaUrlDataSchema,
    outputs: ctaUrlOutputs,
    label: 'Link button',
    description: 'A message with one button that opens a URL',
    group: 'Messages',
    sends: 'freeForm',
    waitsForCustomer: false,
  }),
  template: define({
    schema: templateDataSchema,
    outputs: templateOutputs,
    label: 'Template',
    description: 'An approved template: may be sent after the 24-hour window closed',
    group: 'Templates',
    sends: 'template',
    waitsForCustomer: false,
  }),
  carousel: define({
    schema: carouselDataSchema,
    outputs: carouselOutputs,
    label: 'Carousel',
    description: 'A marketing template with 2–10 cards that scroll sideways',
    group: 'Templates',
    sends: 'template',
    waitsForCustomer: false,
  }),
  whatsappFlow: define({
    schema: whatsappFlowDataSchema,
    outputs: whatsappFlowOutputs,
    label: 'WhatsApp Flow',
    description: 'A form inside the chat; its answers become variables',
    group: 'Input',
    sends: 'flow',
    waitsForCustomer: true,
  }),
  waitForReply: define({
    schema: waitForReplyDataSchema,
    outputs: waitForReplyOutputs,
    label: 'Wait for reply',
    description: 'Store the answer in a variable, checked as text, number, email, phone…',
    group: 'Input',
    sends: null,
    waitsForCustomer: true,
  }),
  condition: define({
    schema: conditionDataSchema,
    outputs: conditionOutputs,
    label: 'Condition',
    description: 'Branch on variables, contact fields, tags or the last reply',
    group: 'Logic',
    sends: null,
    waitsForCustomer: false,
  }),
  delay: define({
    schema: delayDataSchema,
    outputs: nextOnly,
    label: 'Delay',
    description: 'Wait minutes, hours or days before the next step',
    group: 'Logic',
    sends: null,
    waitsForCustomer: false,
  }),
  setField: define({
    schema: setFieldDataSchema,
    outputs: nextOnly,
    label: 'Set field',
    description: 'Set a variable or a contact field',
    group: 'CRM',
    sends: null,
    waitsForCustomer: false,
  }),
  addTag: define({
    schema: tagDataSchema,
    outputs: nextOnly,
    label: 'Add tag',
    description: 'Tag the contact',
    group: 'CRM',
    sends: null,
    waitsForCustomer: false,
  }),
  removeTag: define({
    schema: tagDataSchema,
    outputs: nextOnly,
    label: 'Remove tag',
    description: 'Remove a tag from the contact',
    group: 'CRM',
    sends: null,
    waitsForCustomer: false,
  }),
  changeStage: define({
    schema: changeStageDataSchema,
    outputs: nextOnly,
    label: 'Move stage',
    description: "Move the contact's lead to a pipeline stage",
    group: 'CRM',
    sends: null,
    waitsForCustomer: false,
  }),
  handoff: define({
    schema: handoffDataSchema,
    outputs: noOutputs,
    label: 'Handoff',
    description: 'Hand the chat to a team or agent; the bot stops',
    group: 'Flow control',
    sends: null,
    waitsForCustomer: false,
  }),
  webhook: define({
    schema: webhookDataSchema,
    outputs: webhookOutputs,
    label: 'Webhook',
    description: 'Call an HTTP API; store fields of its answer',
    group: 'Integrations',
    sends: null,
    waitsForCustomer: false,
  }),
  goToFlow: define({
    schema: goToFlowDataSchema,
    outputs: noOutputs,
    label: 'Go to flow',
    description: 'Continue in another flow',
    group: 'Flow control',
    sends: null,
    waitsForCustomer: false,
  }),
  end: define({
    schema: endDataSchema,
    outputs: noOutputs,
    label: 'End',
    description: 'The bot stops here',
    group: 'Flow control',
    sends: null,
    waitsForCustomer: false,
  }),
} satisfies Record<NodeType, NodeDefinition>;
