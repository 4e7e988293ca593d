import type { Severity } from '../diagnostics.ts';

interface CodeInfo {
  severity: Severity;
  description: string;
}

/**
 * Every diagnostic `validateGraph` can report: its stable code, its severity and what it means. Docs and the editor
 * read this table; the validator takes each diagnostic's severity from it.
 *
 * Where a diagnostic points: `nodeId` (a step), `edgeId` (a connection; `nodeId` is then its source step and `path`
 * a field of the edge), `triggerId` (a trigger; `path` a field of the trigger), or none (the whole flow). Without
 * `edgeId`/`triggerId`, `path` is a dotted field inside the step's `data` (`buttons.2.title`), or, with no `nodeId`,
 * a field of the flow itself (`variables.1.name`).
 */
export const DIAGNOSTIC_CODES = {
  'schema.invalid': { severity: 'error', description: 'The file does not match the flow format.' },
  'validator.internalError': {
    severity: 'error',
    description: 'The validator hit an unexpected problem with this flow; the flow could not be fully checked.',
  },

  'graph.noTrigger': { severity: 'error', description: 'The flow has no trigger, so nothing ever starts it.' },
  'node.duplicateId': { severity: 'error', description: 'Two steps share one id.' },
  'edge.duplicateId': { severity: 'error', description: 'Two connections share one id.' },
  'trigger.duplicateId': { severity: 'error', description: 'Two triggers share one id.' },
  'variable.duplicate': { severity: 'error', description: 'A variable is declared twice.' },
  'edge.sourceMissing': { severity: 'error', description: 'A connection starts at a step that does not exist.' },
  'edge.targetMissing': { severity: 'error', description: 'A connection leads to a step that does not exist.' },
  'edge.unknownHandle': {
    severity: 'error',
    description: 'A connection leaves a step from an output the step does not have.',
  },
  'edge.duplicateHandle': { severity: 'error', description: 'Two connections leave one output of a step.' },
  'choice.unconnected': {
    severity: 'error',
    description: 'A button, list row, quick reply or condition branch leads nowhere.',
  },
  'choice.reservedId': {
    severity: 'error',
    description: 'A button, row or branch id is one of the names reserved for fixed outputs (next, timeout, …).',
  },
  'choice.duplicateId': { severity: 'error', description: 'Two buttons, rows or branches of one step share an id.' },
  'choice.duplicateTitle': {
    severity: 'error',
    description: 'Two buttons or rows of one message share a title, so the customer cannot tell them apart.',
  },
  'node.unreachable': { severity: 'warning', description: 'No trigger leads to this step, so it never runs.' },
  'trigger.unconnected': { severity: 'error', description: 'A trigger is not connected to a first step.' },
  'trigger.targetMissing': { severity: 'error', description: 'A trigger starts at a step that does not exist.' },
  'flow.unknownTarget': { severity: 'error', description: '“Go to flow” names a flow that does not exist.' },
  'regex.invalid': { severity: 'error', description: 'A pattern is not a valid regular expression.' },
  'url.invalid': { severity: 'error', description: 'A link is not a valid http:// or https:// URL.' },
  'field.required': { severity: 'error', description: 'A field WhatsApp (or the step) needs is empty.' },

  'limit.tooLong': { severity: 'error', description: 'A text is longer than WhatsApp allows.' },
  'limit.tooMany': { severity: 'error', description: 'A step has more items (buttons, rows, cards…) than allowed.' },
  'limit.tooFew': { severity: 'error', description: 'A step has fewer items (buttons, rows, cards…) than needed.' },
  'limit.tooLarge': { severity: 'error', description: 'A number (retries, a timeout) is above its maximum.' },
  'media.noSource': { severity: 'error', description: 'A media item has neither a link nor an uploaded media id.' },
  'media.twoSources': { severity: 'error', description: 'A media item has both a link and a media id; give one.' },
  'media.captionNotAllowed': { severity: 'error', description: 'Audio and stickers cannot have a caption.' },
  'template.paramCount': {
    severity: 'error',
    description: 'The values given do not match the placeholders of the template text.',
  },
  'template.paramFormat': {
    severity: 'error',
    description: 'Placeholders and values mix positional ({{1}}) and named ({{name}}) parameters.',
  },
  'template.copyCodeNotMarketing': {
    severity: 'error',
    description: 'A copy-code button is only allowed in marketing templates.',
  },
  'carousel.layoutMismatch': {
    severity: 'error',
    description: 'Carousel cards differ in layout (header, body or buttons); all cards must share one.',
  },
  'whatsappFlow.unknownField': {
    severity: 'error',
    description: 'An answer mapping names a form field that the WhatsApp Flow does not have.',
  },
  'whatsappFlow.duplicateName': {
    severity: 'error',
    description: 'Two screens or two fields of a WhatsApp Flow share a name.',
  },
  'whatsappFlow.ctaEmoji': { severity: 'error', description: 'The WhatsApp Flow button text contains an emoji.' },
  'waitForReply.invalidBounds': {
    severity: 'error',
    description: 'The minimum of an answer check is above its maximum, so no answer can pass.',
  },

  'variable.unknown': { severity: 'error', description: 'A step uses or stores a variable that is not declared.' },
  'variable.unknownContactField': {
    severity: 'error',
    description: 'A step uses a contact field the workspace does not have.',
  },
  'variable.uncheckedContactField': {
    severity: 'warning',
    description: 'A step uses a custom contact field that could not be checked (no field list was given).',
  },

  'policy.windowMayBeClosed': {
    severity: 'error',
    description:
      'A free-form message can be reached more than 24 hours after the customer last wrote, with no “Window closed” path.',
  },
  'policy.authenticationTemplate': {
    severity: 'error',
    description: 'Authentication templates are not supported by Salesbot.',
  },
  'policy.carouselNotMarketing': { severity: 'error', description: 'A carousel must be a marketing template.' },
  'policy.sendLoop': {
    severity: 'error',
    description: 'A loop can keep sending messages without waiting for the customer to answer.',
  },

  'template.unknown': {
    severity: 'error',
    description: 'The template (name and language) is not in the WhatsApp account.',
  },
  'template.notApproved': { severity: 'error', description: 'The template is not approved, so it cannot be sent.' },
  'template.categoryMismatch': {
    severity: 'warning',
    description: 'The template’s category in the flow differs from its category in the WhatsApp account.',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
