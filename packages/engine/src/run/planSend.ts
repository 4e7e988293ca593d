import { type GraphNode, interpolate } from '@salesbot/graph';
import { checkSend, type MessageKind, type PolicyDecision, type PolicyMessage } from '@salesbot/policy';
import {
  isSendingNode,
  messageKindOf,
  type OutboundMessage,
  type PlaceholderValues,
  renderFlowTemplate,
  renderNodeMessage,
  renderTemplateDisplay,
  type SendingNode,
  type TemplateDisplay,
} from '@salesbot/whatsapp';
import type { SendVariant } from '../machine/config.ts';
import type { EngineContext } from '../machine/context.ts';
import { type FlowIndex, nodeById } from '../machine/flowIndex.ts';
import { placeholderValues } from './placeholderValues.ts';

/** A message a step is about to send, and the policy's decision about it. */
export interface SendPlan {
  message: OutboundMessage;
  kind: MessageKind;
  display?: TemplateDisplay;
  decision: PolicyDecision;
}

// A guard and the send action that follows it see the same context object: plan once, send exactly what was checked.
const plans = new WeakMap<EngineContext, Map<string, SendPlan>>();

/** Renders a step's message (`variant`) with the session's values and asks the policy (context `bot`) about it. */
export function planSend(flow: FlowIndex, context: EngineContext, nodeId: string, variant: SendVariant): SendPlan {
  let byKey = plans.get(context);
  if (!byKey) {
    byKey = new Map();
    plans.set(context, byKey);
  }
  const key = `${nodeId}\u0000${variant}`;
  let plan = byKey.get(key);
  if (!plan) {
    plan = computePlan(flow, context, nodeById(flow, nodeId), variant);
    byKey.set(key, plan);
  }
  return plan;
}

function computePlan(flow: FlowIndex, context: EngineContext, node: GraphNode, variant: SendVariant): SendPlan {
  const values = placeholderValues(flow, context);
  const message = renderVariant(
    node,
    variant === 'prompt' && context.retries > 0 ? 'retry' : variant,
    values,
    context.run.sessionId,
  );
  const kind = messageKindOf(message);
  const template = templateOf(node, variant);
  const display = template ? displayOf(node, values) : undefined;
  const run = context.run;
  let policyTemplate: PolicyMessage['template'];
  if (template) {
    const registered = run.templates ? run.templates[`${template.name}:${template.language}`] : undefined;
    if (run.templates && !registered) {
      const reason = `The template "${template.name}" (${template.language}) is not in this workspace's templates.`;
      return {
        message,
        kind,
        ...(display ? { display } : {}),
        decision: { allowed: false, code: 'templateMissing', reason },
      };
    }
    policyTemplate = registered
      ? { category: registered.category, status: registered.status, kind: template.kind }
      : { category: template.category, status: 'APPROVED', kind: template.kind };
  }
  const { window: _window, ...decision } = checkSend({
    facts: run.facts,
    message: { kind, ...(policyTemplate ? { template: policyTemplate } : {}) },
    context: 'bot',
    channel: run.channel,
    contact: run.contact,
    now: run.now,
  });
  return { message, kind, ...(display ? { display } : {}), decision };
}

function renderVariant(
  node: GraphNode,
  variant: SendVariant,
  values: PlaceholderValues,
  sessionId: string,
): OutboundMessage {
  if (variant === 'retry' && 'retryMessage' in node.data && node.data.retryMessage) {
    return { type: 'text', text: { body: interpolate(node.data.retryMessage, values) } };
  }
  if (variant === 'template' && node.type === 'whatsappFlow') {
    const message = renderFlowTemplate(node, values, { sessionId });
    if (message) return message;
  }
  if (!isSendingNode(node)) throw new Error(`engine: step ${node.id} (${node.type}) sends no message`);
  return renderNodeMessage(node as SendingNode, values, { sessionId });
}

interface TemplateRef {
  name: string;
  language: string;
  category: 'utility' | 'marketing' | 'authentication';
  kind: 'custom' | 'carousel' | 'flow';
}

/** The template a variant sends, if it sends one. */
function templateOf(node: GraphNode, variant: SendVariant): TemplateRef | null {
  if (node.type === 'template') return { ...pick(node.data), kind: 'custom' };
  if (node.type === 'carousel') return { ...pick(node.data), kind: 'carousel' };
  if (node.type === 'whatsappFlow' && variant === 'template' && node.data.template) {
    return { ...pick(node.data.template), kind: 'flow' };
  }
  return null;
}

function pick(data: { name: string; language: string; category: TemplateRef['category'] }) {
  return { name: data.name, language: data.language, category: data.category };
}

function displayOf(node: GraphNode, values: PlaceholderValues): TemplateDisplay | undefined {
  if (node.type === 'template' || node.type === 'carousel') return renderTemplateDisplay(node, values);
  if (node.type === 'whatsappFlow') return renderTemplateDisplay(node, values) ?? undefined;
  return undefined;
}
