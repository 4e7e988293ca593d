import { nodeSchema } from '@salesbot/graph';
import { checkSend, EMPTY_FACTS, type MessageKind, type TemplateStatus } from '@salesbot/policy';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import type { BroadcastMessage, BroadcastTemplate, SendMode } from './types.ts';

/** Why a message cannot be broadcast: a stable code (the policy's where it decided), a sentence, the field. */
export interface MessageProblem {
  status: 400 | 422;
  code: string;
  message: string;
}

export type ResolvedMessage =
  | { ok: true; message: BroadcastMessage; template: BroadcastTemplate & { status: TemplateStatus } }
  | { ok: false; problem: MessageProblem };

/**
 * Checks what a broadcast would send, as a step (`{ type, data }`, the graph's template or carousel step): a
 * free-form step (text, list, buttons…) is refused with the policy's code and reason; a template must be in the
 * workspace's registry under that name and language, of the kind the step is, and pass the policy for an opted-in
 * contact — approved, not authentication, carousels marketing only, Flow templates on a verified business.
 * Marketing Messages Lite takes marketing templates only, and no number connected through coexistence.
 */
export function resolveMessage(
  services: Services,
  input: { workspaceId: string; channel: Channel; message: unknown; sendMode: SendMode },
): ResolvedMessage {
  const type = (input.message as { type?: unknown }).type;
  const refusal = (code: string, reason: string) => fail(422, code, reason);
  const freeForm = typeof type === 'string' ? FREE_FORM_KINDS[type] : undefined;
  if (freeForm) {
    // Refused for what it is, before its content is even looked at.
    const check = checkSend({
      facts: EMPTY_FACTS,
      message: { kind: freeForm },
      context: 'broadcast',
      channel: { businessVerified: input.channel.businessVerified },
      contact: { optIn: 'optedIn' },
      now: services.clock.now(),
    });
    return check.allowed
      ? refusal('broadcastOnlyTemplates', 'Broadcasts can only send approved templates, not free-form messages.')
      : refusal(check.code, check.reason);
  }
  const parsed = nodeSchema.safeParse({ ...(input.message as object), id: 'broadcast' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['message', ...(issue?.path ?? [])].join('.');
    return fail(400, 'invalid_body', `${path}: ${issue?.message ?? 'invalid'}`);
  }
  const node = parsed.data;
  if (node.type !== 'template' && node.type !== 'carousel') {
    return fail(400, 'invalid_body', `message: a "${node.type}" step sends nothing`);
  }
  const { name, language } = node.data;
  const row = stmt(
    services.db,
    'SELECT category, kind, status FROM templates WHERE workspace_id = ? AND name = ? AND language = ?',
  ).get(input.workspaceId, name, language) as
    | { category: string; kind: BroadcastTemplate['kind']; status: string }
    | undefined;
  if (!row) {
    return refusal(
      'templateMissing',
      `No template "${name}" (${language}) in this workspace; create it in WhatsApp Manager, wait for its approval and sync.`,
    );
  }
  if ((row.kind === 'carousel') !== (node.type === 'carousel')) {
    return refusal(
      'templateKindMismatch',
      `"${name}" is a ${row.kind} template; send it as a ${row.kind === 'carousel' ? 'carousel' : 'template'} step.`,
    );
  }
  const category = row.category.toLowerCase() as 'utility' | 'marketing' | 'authentication';
  const status = row.status.toUpperCase() as TemplateStatus;
  const check = checkSend({
    facts: EMPTY_FACTS,
    message: { kind: 'template', template: { category, status, kind: row.kind } },
    context: 'broadcast',
    channel: { businessVerified: input.channel.businessVerified },
    contact: { optIn: 'optedIn' },
    now: services.clock.now(),
  });
  if (!check.allowed) return refusal(check.code, check.reason);
  if (category === 'authentication') {
    return refusal(
      'authenticationNotSupported',
      'Authentication templates (one-time codes) are not supported by Salesbot.',
    );
  }
  if (input.sendMode === 'marketingLite') {
    if (category !== 'marketing') {
      return refusal(
        'marketingLiteNeedsMarketing',
        `Marketing Messages Lite sends marketing templates only; "${name}" is a ${category} template.`,
      );
    }
    if (input.channel.coexistence) {
      return refusal(
        'marketingLiteUnavailable',
        'Marketing Messages Lite is not available for numbers connected through coexistence (shared with the WhatsApp Business app); send through the Cloud API.',
      );
    }
  }
  const missing = missingMedia(node);
  if (missing) return fail(422, 'missingMedia', `The ${missing} needs a link (or an uploaded media id).`);
  const message = { ...node, data: { ...node.data, category } } as BroadcastMessage;
  return { ok: true, message, template: { name, language, category, kind: row.kind, status } };
}

/** The media header (of the template or of a carousel card) that has neither a link nor a media id, if any. */
function missingMedia(node: BroadcastMessage): string | null {
  const empty = (media: { link?: string; mediaId?: string }) => !media.link?.trim() && !media.mediaId?.trim();
  if (node.type === 'carousel') {
    const index = node.data.cards.findIndex((card) => empty(card.header));
    return index < 0 ? null : `${node.data.cards[index]!.header.format} of card ${index + 1}`;
  }
  const header = node.data.header;
  if (header && (header.format === 'image' || header.format === 'video' || header.format === 'document')) {
    return empty(header) ? `${header.format} header` : null;
  }
  return null;
}

/** Steps that send a free-form message, by the policy's kind: never broadcast. */
const FREE_FORM_KINDS: Record<string, MessageKind> = {
  text: 'text',
  media: 'media',
  buttons: 'buttons',
  list: 'list',
  ctaUrl: 'ctaUrl',
  whatsappFlow: 'flow',
};

function fail(status: 400 | 422, code: string, message: string): ResolvedMessage {
  return { ok: false, problem: { status, code, message } };
}
