import { z } from 'zod';
import { mediaSourceSchema, type NodeOutput, out, textSchema } from '../common.ts';

export const mediaTypes = ['image', 'video', 'document', 'audio', 'sticker'] as const;
export type MediaType = (typeof mediaTypes)[number];

/** An image, video, document, audio or sticker, by link or uploaded media id. */
export const mediaDataSchema = mediaSourceSchema.extend({
  mediaType: z.enum(mediaTypes),
  /** Not allowed on audio and stickers. */
  caption: textSchema.optional(),
  /** Documents only: the name the customer sees. */
  filename: z.string().optional(),
});
export type MediaData = z.infer<typeof mediaDataSchema>;

export function mediaOutputs(): NodeOutput[] {
  return [out.next(), out.windowClosed()];
}
