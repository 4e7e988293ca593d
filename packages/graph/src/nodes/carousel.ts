import { z } from 'zod';
import { idSchema, mediaSourceSchema, type NodeOutput, out, textSchema } from '../common.ts';
import { durationSchema } from '../duration.ts';
import { templateParamSchema, templateRefFields } from './template.ts';

export const carouselButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('quickReply'), id: idSchema, text: textSchema }),
  z.object({ type: z.literal('url'), text: textSchema, url: z.string(), param: textSchema.optional() }),
  z.object({ type: z.literal('phone'), text: textSchema, phoneNumber: z.string() }),
]);
export type CarouselButton = z.infer<typeof carouselButtonSchema>;

export const carouselCardSchema = z.object({
  header: mediaSourceSchema.extend({ format: z.enum(['image', 'video']) }),
  body: textSchema.optional(),
  bodyParams: z.array(templateParamSchema).default([]),
  buttons: z.array(carouselButtonSchema).default([]),
});
export type CarouselCard = z.infer<typeof carouselCardSchema>;

/** A carousel template (marketing only): a message body above 2–10 cards that scroll sideways. */
export const carouselDataSchema = z.object({
  ...templateRefFields,
  body: textSchema,
  bodyParams: z.array(templateParamSchema).default([]),
  cards: z.array(carouselCardSchema),
  timeout: durationSchema.optional(),
});
export type CarouselData = z.infer<typeof carouselDataSchema>;

export function carouselQuickReplies(data: CarouselData) {
  return data.cards.flatMap((card) => card.buttons.filter((button) => button.type === 'quickReply'));
}

export function carouselOutputs(data: CarouselData): NodeOutput[] {
  const quickReplies = carouselQuickReplies(data);
  if (quickReplies.length === 0) return [out.next()];
  return [
    ...quickReplies.map((button) => out.choice(button.id, button.text)),
    out.invalid(),
    ...(data.timeout ? [out.timeout()] : []),
  ];
}
