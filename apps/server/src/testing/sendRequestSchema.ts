import { z } from 'zod';

const media = z
  .strictObject({
    id: z.string().min(1).optional(),
    link: z.url().optional(),
    caption: z.string().max(1024).optional(),
    filename: z.string().optional(),
  })
  .refine((value) => Boolean(value.id) !== Boolean(value.link), 'exactly one of id or link');
const mediaHeader = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(60) }),
  z.strictObject({ type: z.literal('image'), image: media }),
  z.strictObject({ type: z.literal('video'), video: media }),
  z.strictObject({ type: z.literal('document'), document: media }),
]);
const body1024 = z.strictObject({ text: z.string().min(1).max(1024) });
const footer = z.strictObject({ text: z.string().min(1).max(60) }).optional();

const interactive = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('button'),
    header: mediaHeader.optional(),
    body: body1024,
    footer,
    action: z.strictObject({
      buttons: z
        .array(
          z.strictObject({
            type: z.literal('reply'),
            reply: z.strictObject({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }),
          }),
        )
        .min(1)
        .max(3),
    }),
  }),
  z.strictObject({
    type: z.literal('list'),
    header: z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(60) }).optional(),
    body: body1024,
    footer,
    action: z.strictObject({
      button: z.string().min(1).max(20),
      sections: z
        .array(
          z.strictObject({
            title: z.string().max(24).optional(),
            rows: z
              .array(
                z.strictObject({
                  id: z.string().min(1).max(200),
                  title: z.string().min(1).max(24),
                  description: z.string().max(72).optional(),
                }),
              )
              .min(1),
          }),
        )
        .min(1)
        .max(10)
        .refine(
          (sections) => sections.reduce((total, section) => total + section.rows.length, 0) <= 10,
          'at most 10 rows',
        ),
    }),
  }),
  z.strictObject({
    type: z.literal('cta_url'),
    header: mediaHeader.optional(),
    body: body1024,
    footer,
    action: z.strictObject({
      name: z.literal('cta_url'),
      parameters: z.strictObject({ display_text: z.string().min(1).max(20), url: z.url() }),
    }),
  }),
  z.strictObject({
    type: z.literal('flow'),
    header: z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(60) }).optional(),
    body: body1024,
    footer,
    action: z.strictObject({
      name: z.literal('flow'),
      parameters: z
        .strictObject({
          flow_message_version: z.literal('3'),
          flow_token: z.string().min(1),
          flow_id: z.string().optional(),
          flow_name: z.string().optional(),
          flow_cta: z.string().min(1).max(20),
          mode: z.enum(['published', 'draft']).optional(),
          flow_action: z.literal('navigate'),
          flow_action_payload: z
            .strictObject({ screen: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() })
            .optional(),
        })
        .refine((value) => Boolean(value.flow_id) !== Boolean(value.flow_name), 'exactly one of flow_id or flow_name'),
    }),
  }),
  z.strictObject({
    type: z.literal('location_request_message'),
    body: body1024,
    action: z.strictObject({ name: z.literal('send_location') }),
  }),
]);

const parameter = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string(), parameter_name: z.string().optional() }),
  z.strictObject({ type: z.literal('image'), image: media }),
  z.strictObject({ type: z.literal('video'), video: media }),
  z.strictObject({ type: z.literal('document'), document: media }),
  z.strictObject({
    type: z.literal('location'),
    location: z.strictObject({
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
    }),
  }),
  z.strictObject({ type: z.literal('payload'), payload: z.string().min(1) }),
  z.strictObject({ type: z.literal('coupon_code'), coupon_code: z.string().min(1) }),
  z.strictObject({
    type: z.literal('action'),
    action: z.strictObject({
      flow_token: z.string().min(1),
      flow_action_data: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
]);
type Component =
  | z.infer<typeof headerOrBody>
  | z.infer<typeof buttonComponent>
  | { type: 'carousel'; cards: { card_index: number; components: Component[] }[] };
const headerOrBody = z.strictObject({ type: z.enum(['header', 'body']), parameters: z.array(parameter) });
const buttonComponent = z.strictObject({
  type: z.literal('button'),
  sub_type: z.enum(['quick_reply', 'url', 'copy_code', 'flow']),
  index: z.string().regex(/^\d+$/),
  parameters: z.array(parameter),
});
const component: z.ZodType<Component> = z.lazy(() =>
  z.union([
    headerOrBody,
    buttonComponent,
    z.strictObject({
      type: z.literal('carousel'),
      cards: z
        .array(z.strictObject({ card_index: z.number().int().nonnegative(), components: z.array(component) }))
        .min(2)
        .max(10),
    }),
  ]),
);

const envelope = {
  messaging_product: z.literal('whatsapp'),
  recipient_type: z.literal('individual'),
  to: z.string().regex(/^\d{6,15}$/, 'digits of a WhatsApp id'),
  context: z.strictObject({ message_id: z.string().min(1) }).optional(),
  biz_opaque_callback_data: z.string().max(512).optional(),
};

/**
 * The body of `POST /{phone-number-id}/messages` as the Cloud API accepts it (../shared/whatsapp-platform.md §3,
 * §7): the envelope plus exactly the object its `type` names, within WhatsApp's limits. Strict: an unknown key is
 * an error, as a payload Meta would refuse should fail a test.
 */
export const sendRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...envelope,
    type: z.literal('text'),
    text: z.strictObject({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }),
  }),
  z.strictObject({ ...envelope, type: z.literal('image'), image: media }),
  z.strictObject({ ...envelope, type: z.literal('video'), video: media }),
  z.strictObject({ ...envelope, type: z.literal('audio'), audio: media }),
  z.strictObject({ ...envelope, type: z.literal('document'), document: media }),
  z.strictObject({ ...envelope, type: z.literal('sticker'), sticker: media }),
  z.strictObject({ ...envelope, type: z.literal('interactive'), interactive }),
  z.strictObject({
    ...envelope,
    type: z.literal('template'),
    template: z.strictObject({
      name: z.string().min(1),
      language: z.strictObject({ code: z.string().min(2) }),
      components: z.array(component).optional(),
    }),
  }),
]);
