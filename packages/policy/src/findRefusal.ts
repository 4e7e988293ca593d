import { formatDuration, hoursLabel } from './formatDuration.ts';
import type { PolicyInput, RefusalCode, RuleSet, TemplateStatus, WindowState } from './types.ts';

export interface Refusal {
  code: RefusalCode;
  reason: string;
}

/**
 * Why this message may not go now, or null when it may. Checked in order: what the message is (template present,
 * allowed in this context and on this channel, category, approval), then consent, then the 24-hour window.
 */
export function findRefusal(input: PolicyInput, window: WindowState, ruleSet: RuleSet): Refusal | null {
  const { message, context, contact, now } = input;
  const template = message.kind === 'template' ? message.template : undefined;
  const csw = window.customerService;
  const cswHours = hoursLabel(ruleSet.customerServiceWindowMs);

  if (message.kind === 'template' && !template) {
    return refuse(
      'templateMissing',
      'The template was not found for this WhatsApp number; create it in WhatsApp Manager and wait for its approval.',
    );
  }
  if (message.kind === 'list' && context !== 'bot') {
    const where = context === 'manual' ? 'sent from the inbox' : 'broadcast';
    return refuse(
      'listOnlyInBots',
      `List messages can only be sent by a bot step, not ${where}; use reply buttons or a template.`,
    );
  }
  if (context === 'broadcast' && message.kind !== 'template') {
    return refuse('broadcastOnlyTemplates', 'Broadcasts can only send approved templates, not free-form messages.');
  }
  if ((message.kind === 'flow' || template?.kind === 'flow') && !input.channel.businessVerified) {
    return refuse(
      'flowsNeedVerifiedBusiness',
      'WhatsApp Flows need a verified business portfolio; verify the business in Meta Business Manager first.',
    );
  }
  if (template) {
    if (template.category === 'authentication') {
      return refuse(
        'authenticationNotSupported',
        'Authentication templates (one-time codes) are not supported by Salesbot.',
      );
    }
    if (template.status !== 'APPROVED') {
      return refuse(
        'templateNotApproved',
        `This template ${STATUS_WORDS[template.status]}; only approved templates can be sent.`,
      );
    }
    if (template.kind === 'carousel' && template.category !== 'marketing') {
      return refuse(
        'carouselNotMarketing',
        `Carousel templates must be in the marketing category; this one is ${template.category}.`,
      );
    }
  }

  // Consent. An opted-out contact gets nothing the business initiates: no broadcast, nothing once the window they
  // opened has closed, and no promotion (a marketing template) even inside it. Replies inside it may still go.
  const marketing = template?.category === 'marketing';
  if (contact.optIn === 'optedOut' && (context === 'broadcast' || !csw.open || marketing)) {
    const only = `only replies inside a ${cswHours} window they open can be sent`;
    return refuse('optedOut', `This contact opted out of your messages; ${only}.`);
  }
  if (context === 'broadcast' && contact.optIn !== 'optedIn') {
    return refuse('notOptedIn', 'This contact has not opted in to your messages, so broadcasts cannot reach them.');
  }
  if (marketing && contact.marketingOptOut) {
    return refuse(
      'marketingOptedOut',
      'This contact stopped marketing messages; send a utility template or wait for them to write.',
    );
  }

  if (message.kind !== 'template' && !csw.open) {
    const instead =
      message.kind === 'flow' ? 'send the Flow as an approved template instead' : 'send an approved template instead';
    const when =
      csw.closesAt === null
        ? 'The customer has not written yet, so the window is closed'
        : `The ${cswHours} window closed ${formatDuration(now - csw.closesAt)} ago`;
    const free =
      window.entryPoint.status === 'open'
        ? ` (templates are free for another ${formatDuration(window.entryPoint.remainingMs)} in the entry-point window)`
        : '';
    return refuse('windowClosed', `${when}; ${instead}${free}.`);
  }
  return null;
}

const STATUS_WORDS: Record<TemplateStatus, string> = {
  APPROVED: 'is approved',
  PENDING: 'is still waiting for approval by Meta',
  REJECTED: 'was rejected by Meta',
  PAUSED: 'is paused by Meta',
  DISABLED: 'is disabled by Meta',
  IN_APPEAL: 'is in appeal at Meta',
  PENDING_DELETION: 'is being deleted',
};

function refuse(code: RefusalCode, reason: string): Refusal {
  return { code, reason };
}
