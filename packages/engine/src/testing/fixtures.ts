import { type GraphInput, graphSchema, type NodeType, type nodeSchema } from '@salesbot/graph';
import { applyConversationEvent, EMPTY_FACTS } from '@salesbot/policy';
import type { InboundContent, InboundMessage } from '@salesbot/whatsapp';
import type { z } from 'zod';
import { buildMachineConfig } from '../buildMachineConfig.ts';
import { createFlowMachine } from '../createFlowMachine.ts';
import { createFlowIndex } from '../machine/flowIndex.ts';
import { createSimulation } from '../script/createSimulation.ts';
import type { CompiledFlow, ContactState, StepContext } from '../types.ts';

/** 2026-03-02 09:00 UTC: the tests' "now". */
export const NOW = Date.parse('2026-03-02T09:00:00Z');
export const HOUR = 3_600_000;

type NodeData<T extends NodeType> = Extract<z.input<typeof nodeSchema>, { type: T }>['data'];

/** A node as a marketer writes it (defaults are filled when the graph is parsed). */
export function n<T extends NodeType>(id: string, type: T, data: NodeData<T>) {
  return { id, type, data } as Extract<z.input<typeof nodeSchema>, { type: T }>;
}

/** Edges from `[source, handle, target]` triples. */
export function wire(...edges: [string, string, string][]): GraphInput['edges'] {
  return edges.map(([source, sourceHandle, target]) => ({
    id: `${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  }));
}

/**
 * A parsed graph: the nodes, the edges, and one "any message" trigger into the first node unless `triggers` says
 * otherwise.
 */
export function createGraph(parts: {
  nodes: GraphInput['nodes'];
  edges?: GraphInput['edges'];
  triggers?: GraphInput['triggers'];
  variables?: GraphInput['variables'];
}) {
  return graphSchema.parse({
    schemaVersion: 1,
    id: 'test-flow',
    name: 'Test flow',
    triggers: parts.triggers ?? [
      { id: 'any', type: 'inboundMessage', nodeId: parts.nodes[0]?.id ?? null, match: { kind: 'any' } },
    ],
    variables: parts.variables ?? [],
    nodes: parts.nodes,
    edges: parts.edges ?? [],
  });
}

/**
 * Compiles without the validator, for behaviour tests on small graphs the validator would (rightly) reject —
 * unwired choices, unreachable steps, sending loops.
 */
export function compileUnchecked(graph: ReturnType<typeof createGraph>): CompiledFlow {
  const flow = createFlowIndex(graph);
  const config = buildMachineConfig(flow);
  return { graph, config, machine: createFlowMachine(flow, config) };
}

export function createContact(overrides: Partial<ContactState> = {}): ContactState {
  return { waId: '15551234567', name: 'Ana López', fields: {}, tags: [], optIn: 'optedIn', ...overrides };
}

/** A step context at `now` in which the customer wrote at `lastCustomerMessageAt` (default: `now`). */
export function createStepContext(
  overrides: Partial<StepContext> & { lastCustomerMessageAt?: number | null } = {},
): StepContext {
  const { lastCustomerMessageAt, ...rest } = overrides;
  const now = rest.now ?? NOW;
  const wrote = lastCustomerMessageAt === undefined ? now : lastCustomerMessageAt;
  const facts =
    wrote === null ? EMPTY_FACTS : applyConversationEvent(EMPTY_FACTS, { type: 'customerMessage', at: wrote });
  return { now, facts, contact: createContact(), channel: { businessVerified: true }, ...rest };
}

let messageCount = 0;

/** An inbound message of the given content (default: a text). */
export function inbound(content: InboundContent | string, at = NOW): InboundMessage {
  return {
    id: `wamid.test.${++messageCount}`,
    from: '15551234567',
    timestamp: at,
    content: typeof content === 'string' ? { type: 'text', text: content } : content,
  };
}

/** A simulated conversation over a graph compiled without the validator. */
export function simulate(
  graph: ReturnType<typeof createGraph>,
  contact: Partial<ContactState> = {},
  channel: StepContext['channel'] = { businessVerified: true },
) {
  return createSimulation(compileUnchecked(graph), {
    now: NOW,
    contact: createContact(contact),
    channel,
    sessionId: 's1',
  });
}
