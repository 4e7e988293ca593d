import type { GraphNode, NodeType } from '@salesbot/graph';
import {
  ENDED,
  IDLE,
  MACHINE_ID,
  type MachineConfig,
  type StateConfig,
  type TransitionConfig,
} from './machine/config.ts';
import { INITIAL_CONTEXT } from './machine/context.ts';
import { type FlowIndex, findEdge } from './machine/flowIndex.ts';
import { nodeTarget, stateKey } from './machine/stateKey.ts';
import { nodeCompilers } from './nodes/index.ts';
import type { NodeCompiler } from './nodes/shared.ts';
import { go, isInlined, toStep } from './nodes/shared.ts';

/**
 * The plain, JSON-serialisable XState config of a graph: `$idle` (waiting for the start event, one transition per
 * trigger), one state per step, `$ended`. Actions and guards are referenced by name with params.
 */
export function buildMachineConfig(flow: FlowIndex): MachineConfig {
  const states: Record<string, StateConfig> = { [IDLE]: { on: { start: startTransitions(flow) } } };
  for (const node of flow.graph.nodes) {
    // A step that only acts and moves on runs inside the transitions that enter it (see `toStep`).
    if (!isInlined(flow, node.id)) states[stateKey(node.id)] = compileNode(node, flow);
  }
  states[ENDED] = { type: 'final' };
  return {
    id: MACHINE_ID,
    initial: IDLE,
    context: INITIAL_CONTEXT,
    // A sending state whose send the policy refused takes none of its transitions: this one ends the session.
    // Checked only where no state below takes an eventless transition, and `sendPending` holds only in a sending
    // state (every way out of one clears it), so it never fires at a wait.
    always: [
      {
        guard: { type: 'sendPending', params: {} },
        target: nodeTarget(null),
        actions: [{ type: 'refusePending', params: {} }],
      },
    ],
    on: {
      agentTookOver: [{ target: nodeTarget(null), actions: [{ type: 'end', params: { reason: 'agentTookOver' } }] }],
      stageChanged: [{ actions: [{ type: 'trackStage', params: {} }] }],
      sendFailed: sendFailedTransitions(flow),
    },
    states,
  };
}

function compileNode(node: GraphNode, flow: FlowIndex): StateConfig {
  // The registry is indexed by the node's own type, so the compiler matches the node.
  const compile = nodeCompilers[node.type] as NodeCompiler<NodeType>;
  return compile(node, flow);
}

/** One transition per trigger, in graph order; an unknown trigger (or missing first step) ends with `error`. */
function startTransitions(flow: FlowIndex): TransitionConfig[] {
  const transitions: TransitionConfig[] = flow.graph.triggers.map((trigger) => {
    const guard = { type: 'trigger' as const, params: { triggerId: trigger.id } };
    const startVariables = { type: 'startVariables' as const, params: {} };
    if (trigger.nodeId === null) {
      return {
        guard,
        target: nodeTarget(null),
        actions: [startVariables, { type: 'end', params: { reason: 'completed', detail: 'trigger not connected' } }],
      };
    }
    if (!flow.nodes.has(trigger.nodeId)) {
      return {
        guard,
        target: nodeTarget(null),
        actions: [{ type: 'end', params: { reason: 'error', detail: `missing step ${trigger.nodeId}` } }],
      };
    }
    return toStep(flow, trigger.nodeId, { guard }, [startVariables], false);
  });
  transitions.push({
    target: nodeTarget(null),
    actions: [{ type: 'end', params: { reason: 'error', detail: 'unknown trigger' } }],
  });
  return transitions;
}

/**
 * A send the outbox gave up on: 131047 (the window closed meanwhile) takes the sending step's `windowClosed`
 * output when it is connected; any other failure of a known send ends the session (`sendFailed`). Root-level
 * transitions must not `reenter` (that would re-enter the machine itself).
 */
function sendFailedTransitions(flow: FlowIndex): TransitionConfig[] {
  const transitions: TransitionConfig[] = [];
  for (const node of flow.graph.nodes) {
    if (!findEdge(flow, node.id, 'windowClosed')) continue;
    const guard = { type: 'sendFailed', params: { nodeId: node.id, code: 131047 } } as const;
    const { reenter: _reenter, ...transition } = go(flow, node.id, 'windowClosed', 'completed', [], guard);
    transitions.push(transition);
  }
  transitions.push({
    guard: { type: 'sendFailed', params: {} },
    target: nodeTarget(null),
    actions: [{ type: 'end', params: { reason: 'sendFailed' } }],
  });
  return transitions;
}
