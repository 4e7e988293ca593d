import type { ConversationScript, EndReason, ScriptConversation, ScriptStep } from '@salesbot/engine';
import type { PreviewAction, PreviewSetup, PreviewView, SendEffect } from './previewTypes.ts';

/** A recorded run: the script, and the actions the format cannot say (mid-run edits), which were left out. */
export interface RecordedScript {
  script: ConversationScript;
  /** Sentences about what the script does not hold; empty when it replays exactly. */
  warnings: string[];
}

/**
 * The run as a conversation script (docs/conversation-scripts.md): the setup as `start`/`contact`/`channel`, each
 * action as its step followed by a `bot` step with the messages and their prices, and an `expect` step that pins
 * where the session ended up.
 */
export function recordScript(input: {
  flowFile: string;
  name: string;
  setup: PreviewSetup;
  actions: readonly PreviewAction[];
  sends: readonly (readonly SendEffect[])[];
  view: PreviewView;
}): RecordedScript {
  const { setup, view } = input;
  const warnings: string[] = [];
  const steps: ScriptStep[] = [];
  for (const [i, action] of input.actions.entries()) {
    const step = stepOf(action);
    if (!step) {
      warnings.push(
        action.type === 'setVariable'
          ? `Setting {{${action.name}}} by hand is not part of the script format: it was left out.`
          : 'Editing the contact during the run is not part of the script format: it was left out.',
      );
      continue;
    }
    steps.push(step);
    const sent = input.sends[i] ?? [];
    if (sent.length > 0) steps.push({ bot: sent.map((send) => ({ price: send.price, message: send.message })) });
  }
  steps.push({ expect: expectationOf(view) });
  const contact = setup.contact;
  const conversation: ScriptConversation = {
    name: input.name,
    start: new Date(setup.start).toISOString().replace('.000Z', 'Z'),
    contact: {
      waId: contact.waId,
      ...(contact.name !== undefined ? { name: contact.name } : {}),
      fields: contact.fields,
      tags: contact.tags,
      optIn: contact.optIn,
      marketingOptOut: contact.marketingOptOut ?? false,
      ...(contact.stage ? { stage: contact.stage } : {}),
    },
    ...(setup.businessVerified ? {} : { channel: { businessVerified: false } }),
    steps,
  };
  return { script: { flow: input.flowFile, conversations: [conversation] }, warnings };
}

function stepOf(action: PreviewAction): ScriptStep | null {
  switch (action.type) {
    case 'customer':
      return { customer: action.input };
    case 'advance':
      return { advance: formatScriptDuration(action.ms) };
    case 'start':
      return {
        start: {
          trigger: action.triggerId,
          ...(action.variables && Object.keys(action.variables).length > 0 ? { variables: action.variables } : {}),
        },
      };
    case 'stage':
      return { stage: { pipeline: action.pipeline, stage: action.stage } };
    case 'webhook':
      return { webhook: action.answer };
    default:
      return null;
  }
}

function expectationOf(view: PreviewView): Extract<ScriptStep, { expect: unknown }>['expect'] {
  const contact = view.contact;
  return {
    ...(view.status === 'idle' ? {} : { status: view.status }),
    ...(view.status === 'ended' && view.ended ? { endReason: view.ended.reason as EndReason } : {}),
    ...(view.status === 'waiting' && view.nodeId ? { node: view.nodeId } : {}),
    ...(Object.keys(view.variables).length > 0 ? { variables: { ...view.variables } } : {}),
    contact: {
      ...(Object.keys(contact.fields).length > 0 ? { fields: { ...contact.fields } } : {}),
      tags: [...contact.tags],
      ...(contact.stage ? { stage: contact.stage } : {}),
    },
  };
}

const UNITS: [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
];

/** A duration in the script format: "25h" (hours below two days), "2d1h30m", "1m30s", "1.5s". */
export function formatScriptDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms));
  let text = '';
  for (const [unit, size] of UNITS) {
    // Below two days, hours read better than "1d1h" ("25h" is what people type).
    if (unit === 'd' && rest < 2 * 86_400_000) continue;
    const count = Math.floor(rest / size);
    if (count > 0) {
      text += `${count}${unit}`;
      rest -= count * size;
    }
  }
  if (rest > 0 || text === '') text += `${rest / 1000}s`;
  return text;
}
