import { z } from 'zod';
import { idSchema, type NodeOutput } from './common.ts';
import {
  changeStageDataSchema,
  delayDataSchema,
  endDataSchema,
  goToFlowDataSchema,
  handoffDataSchema,
  setFieldDataSchema,
  tagDataSchema,
} from './nodes/actions.ts';
import { buttonsDataSchema } from './nodes/buttons.ts';
import { carouselDataSchema } from './nodes/carousel.ts';
import { conditionDataSchema } from './nodes/condition.ts';
import { ctaUrlDataSchema } from './nodes/ctaUrl.ts';
import { type NodeType, nodeDefinitions } from './nodes/index.ts';
import { listDataSchema } from './nodes/list.ts';
import { mediaDataSchema } from './nodes/media.ts';
import { templateDataSchema } from './nodes/template.ts';
import { textDataSchema } from './nodes/text.ts';
import { waitForReplyDataSchema } from './nodes/waitForReply.ts';
import { webhookDataSchema } from './nodes/webhook.ts';
import { whatsappFlowDataSchema } from './nodes/whatsappFlow.ts';

export const CURRENT_SCHEMA_VERSION = 1;

/** Where the editor draws a node. Nothing but the editor reads it. */
export const positionSchema = z.object({ x: z.number(), y: z.number() });

const nodeBase = {
  id: idSchema,
  /** A name the marketer gives the step ("Ask budget"). */
  label: z.string().optional(),
  position: positionSchema.optional(),
};

const node = <T extends NodeType, S extends z.ZodType>(type: T, data: S) =>
  z.object({ ...nodeBase, type: z.literal(type), data });

export const nodeSchema = z.discriminatedUnion('type', [
  node('text', textDataSchema),
  node('media', mediaDataSchema),
  node('buttons', buttonsDataSchema),
  node('list', listDataSchema),
  node('ctaUrl', ctaUrlDataSchema),
  node('template', templateDataSchema),
  node('carousel', carouselDataSchema),
  node('whatsappFlow', whatsappFlowDataSchema),
  node('waitForReply', waitForReplyDataSchema),
  node('condition', conditionDataSchema),
  node('delay', delayDataSchema),
  node('setField', setFieldDataSchema),
  node('addTag', tagDataSchema),
  node('removeTag', tagDataSchema),
  node('changeStage', changeStageDataSchema),
  node('handoff', handoffDataSchema),
  node('webhook', webhookDataSchema),
  node('goToFlow', goToFlowDataSchema),
  node('end', endDataSchema),
]);
export type GraphNode = z.infer<typeof nodeSchema>;
/** The node of one step type, e.g. `NodeOf<'buttons'>`. */
export type NodeOf<T extends NodeType> = Extract<GraphNode, { type: T }>;

/** An edge leaves a node from one of its named source handles (see `getNodeOutputs`). */
export const edgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  sourceHandle: z.string().default('next'),
  target: idSchema,
});
export type GraphEdge = z.infer<typeof edgeSchema>;

export const inboundMatchSchema = z.discriminatedUnion('kind', [
  /** Any message. */
  z.object({ kind: z.literal('any') }),
  /** The message is one of the keywords (case- and accent-insensitive); `contains`: a keyword is whole words in it. */
  z.object({ kind: z.literal('keyword'), keywords: z.array(z.string()), contains: z.boolean().default(false) }),
  z.object({ kind: z.literal('regex'), pattern: z.string(), flags: z.string().optional() }),
  /** The message came from a click-to-WhatsApp ad or a Facebook/Instagram page button. */
  z.object({
    kind: z.literal('referral'),
    sourceType: z.enum(['ad', 'post', 'any']).default('any'),
    /** Only these ad/post ids; empty or absent for all. */
    sourceIds: z.array(z.string()).optional(),
  }),
]);
export type InboundMatch = z.infer<typeof inboundMatchSchema>;

const triggerBase = {
  id: idSchema,
  /** The first step; `null` while the marketer has not connected it. */
  nodeId: idSchema.nullable(),
  /** Where the editor draws the trigger's start card. Nothing but the editor reads it. */
  position: positionSchema.optional(),
};

export const triggerSchema = z.discriminatedUnion('type', [
  z.object({
    ...triggerBase,
    type: z.literal('inboundMessage'),
    match: inboundMatchSchema,
    /** Only for contacts writing for the first time. */
    newContactsOnly: z.boolean().default(false),
  }),
  z.object({ ...triggerBase, type: z.literal('stageChanged'), pipeline: z.string(), stage: z.string() }),
  /** Started through the API (or by another flow's goToFlow). */
  z.object({ ...triggerBase, type: z.literal('api') }),
  /** The customer answered a broadcast; optionally only for one broadcast or one quick-reply payload. */
  z.object({
    ...triggerBase,
    type: z.literal('broadcastReply'),
    broadcastId: z.string().optional(),
    buttonPayload: z.string().optional(),
  }),
]);
export type Trigger = z.infer<typeof triggerSchema>;
export type TriggerType = Trigger['type'];

export const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name uses letters, digits and "_", and does not start with a digit');

export const variableSchema = z.object({
  name: variableNameSchema,
  type: z.enum(['text', 'number', 'boolean', 'date']).default('text'),
  defaultValue: z.string().optional(),
  description: z.string().optional(),
});
export type Variable = z.infer<typeof variableSchema>;

/** A bot: triggers that start it, the steps, the edges between their handles, and its variables. */
export const graphSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  triggers: z.array(triggerSchema),
  variables: z.array(variableSchema).default([]),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});
export type Graph = z.infer<typeof graphSchema>;
/** A graph as written in a file, before defaults are filled in. */
export type GraphInput = z.input<typeof graphSchema>;

/** The outgoing choices (source handles) of a node. */
export function getNodeOutputs(node: GraphNode): NodeOutput[] {
  const definition = nodeDefinitions[node.type];
  return (definition.outputs as (data: GraphNode['data']) => NodeOutput[])(node.data);
}
