import type { ErrorAction } from '../types.ts';

export interface ErrorCodeEntry {
  action: ErrorAction;
  title: string;
  /** What happened and what follows, without the code (it is prefixed when shown). */
  sentence: string;
}

/**
 * What each WhatsApp error code means and what the runtime does about it (../shared/whatsapp-platform.md §7, plus
 * the Flow errors of §5 and a few unambiguous others). Branch on codes, never on Meta's texts. Data, so a new
 * code is a table row and a test.
 */
export const ERROR_CODES: Readonly<Record<number, ErrorCodeEntry>> = {
  131047: {
    action: 'windowClosed',
    title: 'Window closed',
    sentence: 'more than 24 hours have passed since the customer last wrote; only a template can reach them now.',
  },
  130429: {
    action: 'retry',
    title: 'Throughput exceeded',
    sentence: 'the number sent more messages per second than WhatsApp allows; the message will be retried more slowly.',
  },
  131056: {
    action: 'retryLater',
    title: 'Too fast to this customer',
    sentence: 'too many messages went to this customer in a short time; the message will be retried in a moment.',
  },
  4: {
    action: 'retry',
    title: 'Too many API calls',
    sentence: 'the app made too many API calls; the message will be retried.',
  },
  80007: {
    action: 'retry',
    title: 'Account rate limit',
    sentence: 'the WhatsApp Business account reached its rate limit; the message will be retried.',
  },
  131057: {
    action: 'retry',
    title: 'Account in maintenance',
    sentence: 'the business account is in maintenance mode; the message will be retried.',
  },
  131000: {
    action: 'retry',
    title: 'Something went wrong',
    sentence: 'WhatsApp could not send the message because of an unknown error; it will be retried.',
  },
  131016: {
    action: 'retry',
    title: 'Service unavailable',
    sentence: 'WhatsApp is temporarily unavailable; the message will be retried.',
  },
  1: {
    action: 'retry',
    title: 'Unknown API error',
    sentence: 'WhatsApp answered with an unknown error; the message will be retried.',
  },
  2: {
    action: 'retry',
    title: 'API service error',
    sentence: 'WhatsApp had a temporary service problem; the message will be retried.',
  },
  131049: {
    action: 'permanent',
    title: 'Held back for engagement',
    sentence: 'WhatsApp held back this marketing message to keep engagement healthy; do not send it again soon.',
  },
  131050: {
    action: 'optOutMarketing',
    title: 'Stopped marketing',
    sentence: 'the customer stopped marketing messages from this business; they will get no more marketing.',
  },
  131026: {
    action: 'permanent',
    title: 'Undeliverable',
    sentence:
      'the message could not be delivered: the number may not be on WhatsApp, may have blocked the business or be in an unsupported country.',
  },
  131051: {
    action: 'permanent',
    title: 'Unsupported message type',
    sentence: 'WhatsApp does not support this type of message.',
  },
  131008: {
    action: 'permanent',
    title: 'Missing parameter',
    sentence: 'a required parameter is missing from the message.',
  },
  131009: {
    action: 'permanent',
    title: 'Invalid parameter value',
    sentence: 'a parameter of the message has a value WhatsApp does not accept.',
  },
  100: {
    action: 'permanent',
    title: 'Invalid parameter',
    sentence: 'the request has an invalid or unexpected parameter.',
  },
  132000: {
    action: 'permanent',
    title: 'Template parameter count',
    sentence: 'the number of template parameters does not match the approved template.',
  },
  132005: {
    action: 'permanent',
    title: 'Template text too long',
    sentence: 'the template is too long once its parameters are filled.',
  },
  132007: {
    action: 'permanent',
    title: 'Template policy',
    sentence: "the filled template breaks WhatsApp's formatting or content policy.",
  },
  132008: {
    action: 'permanent',
    title: 'Template parameter format',
    sentence: 'a template parameter has the wrong type or format.',
  },
  132012: {
    action: 'permanent',
    title: 'Template parameter format',
    sentence: 'a template parameter does not match the format the template was approved with.',
  },
  132001: {
    action: 'templateUnavailable',
    title: 'Template not found',
    sentence: 'the template does not exist in this language or is not approved.',
  },
  132015: {
    action: 'templateUnavailable',
    title: 'Template paused',
    sentence: 'the template is paused because of low quality and cannot be sent for now.',
  },
  132016: {
    action: 'templateUnavailable',
    title: 'Template disabled',
    sentence: 'the template was disabled because of low quality and can no longer be sent.',
  },
  190: {
    action: 'stopChannel',
    title: 'Access token expired',
    sentence: 'the access token has expired or is invalid; the channel stopped sending until it is renewed.',
  },
  0: {
    action: 'stopChannel',
    title: 'Authentication failed',
    sentence:
      'WhatsApp could not authenticate the request; the channel stopped sending until its credentials are fixed.',
  },
  368: {
    action: 'stopChannel',
    title: 'Blocked for policy violations',
    sentence: 'the account is temporarily blocked for policy violations; the channel stopped sending.',
  },
  131031: {
    action: 'stopChannel',
    title: 'Account locked',
    sentence: 'the business account is locked; the channel stopped sending.',
  },
  131042: {
    action: 'stopChannel',
    title: 'Payment problem',
    sentence: "there is a problem with the account's payment method; the channel stopped sending.",
  },
  130497: {
    action: 'stopChannel',
    title: 'Country restricted',
    sentence: 'the business account may not message users in this country; the channel stopped sending.',
  },
  132068: {
    action: 'permanent',
    title: 'Flow blocked',
    sentence: 'the WhatsApp Flow is blocked and cannot be sent.',
  },
  132069: {
    action: 'retryLater',
    title: 'Flow throttled',
    sentence: 'this WhatsApp Flow was sent too many times in the last hour; the message will be retried later.',
  },
  131021: {
    action: 'permanent',
    title: 'Recipient is the sender',
    sentence: 'the message was addressed to the business number itself.',
  },
  131052: {
    action: 'permanent',
    title: 'Media download failed',
    sentence: "WhatsApp could not download the customer's media.",
  },
  131053: {
    action: 'permanent',
    title: 'Media upload failed',
    sentence: 'WhatsApp could not fetch or process the media of the message.',
  },
};
