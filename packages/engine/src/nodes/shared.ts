import { type Duration, durationToMs, type GraphNode, type NodeOf, type NodeType } from '@salesbot/graph';
import type { ActionRef, GuardRef, SendVariant, StateConfig, TransitionConfig } from '../machine/config.ts';
import { type FlowIndex, findEdge } from '../machine/flowIndex.ts';
import { nodeTarget } from '../machine/stateKey.ts';
import type { EndReason } from '../types.ts';

/** Turns one step of a type into its plain state config. */
export type NodeCompiler<T extends NodeType> = (node: NodeOf<T>, flow: FlowIndex) => StateConfig;

/**
 * The transition that takes output `handle` of `nodeId`: to the connected step (re-entered even when it is the
 * same step), or — not connected — to the end with `unconnected` as the reason. `before` runs first.
 */
export function go(
  flow: FlowIndex,
  nodeId: string,
  handle: string,
  unconnected: EndReason = 'completed',
  before: readonly ActionRef[] = [],
  guard?: GuardRef,
): TransitionConfig {
  const edge = findEdge(flow, nodeId, handle);
  // Built in place (no spreads): a 2,000-step flow makes thousands of these.
  const transition: TransitionConfig = guard ? { guard } : {};
  if (edge) {
    const actions = before.concat({
      type: 'edge',
      params: { from: nodeId, handle, to: edge.target, edgeId: edge.id },
    });
    return toStep(flow, edge.target, transition, actions, true);
  }
  transition.target = nodeTarget(null);
  transition.actions = before.concat(
    { type: 'edge', params: { from: nodeId, handle, to: null } },
    { type: 'end', params: { reason: unconnected, nodeId } },
  );
  return transition;
}

/**
 * Completes `transition` (its `actions` so far given) so that it enters step `nodeId`. A step that only acts and
 * moves on (see `isInlined`) has no state: its entry, its action and its `next` edge (or its end) are appended to
 * the transition, which goes on to the step after it — the same actions in the same order as passing through a
 * state of its own, without the state node and the eventless transition XState would build for it.
 */
export function toStep(
  flow: FlowIndex,
  nodeId: string,
  transition: TransitionConfig,
  actions: ActionRef[],
  reenter: boolean,
): TransitionConfig {
  let target = nodeId;
  for (let node = inlinedNode(flow, target); node !== undefined; node = inlinedNode(flow, target)) {
    actions.push({ type: 'enter', params: { nodeId: target } });
    if (node.type === 'end' || node.type === 'handoff' || node.type === 'goToFlow') {
      if (node.type !== 'end') actions.push({ type: 'nodeEffect', params: { nodeId: target } });
      actions.push(
        endAction(
          node.type === 'end' ? 'completed' : node.type,
          target,
          node.type === 'end' ? node.data.reason : undefined,
        ),
      );
      transition.target = nodeTarget(null);
      transition.actions = actions;
      return transition;
    }
    actions.push({ type: 'nodeEffect', params: { nodeId: target } });
    const next = findEdge(flow, target, 'next');
    if (!next) {
      actions.push(
        { type: 'edge', params: { from: target, handle: 'next', to: null } },
        endAction('completed', target),
      );
      transition.target = nodeTarget(null);
      transition.actions = actions;
      return transition;
    }
    actions.push({ type: 'edge', params: { from: target, handle: 'next', to: next.target, edgeId: next.id } });
    target = next.target;
  }
  transition.target = nodeTarget(target);
  if (reenter) transition.reenter = true;
  transition.actions = actions;
  return transition;
}

/** The steps compiled into the transitions entering them (`toStep`) instead of into a state. */
const INLINED_TYPES: ReadonlySet<NodeType> = new Set<NodeType>([
  'setField',
  'addTag',
  'removeTag',
  'changeStage',
  'handoff',
  'goToFlow',
  'end',
]);

/**
 * Whether a step is compiled into the transitions that enter it: it acts and moves on (or ends) at once, without
 * a guard of its own — a CRM step, handoff, goToFlow, end — and needs no loop guard (a step on a cycle keeps its
 * state, so inlining never loops). Such a step is never where a session waits, so no stored snapshot names it.
 */
export function isInlined(flow: FlowIndex, nodeId: string): boolean {
  return inlinedNode(flow, nodeId) !== undefined;
}

function inlinedNode(flow: FlowIndex, nodeId: string): GraphNode | undefined {
  const node = flow.nodes.get(nodeId);
  return node && INLINED_TYPES.has(node.type) && !flow.loopGuarded.has(nodeId) ? node : undefined;
}

function endAction(reason: EndReason, nodeId: string, detail?: string): ActionRef {
  return { type: 'end', params: { reason, nodeId, ...(detail ? { detail } : {}) } };
}

/**
 * First of a step's eventless transitions where a run can get there too deep (on or after a loop, or after a very
 * long chain; see `loopGuardedNodes`): too many steps without a wait end the session.
 */
export function loopGuard(flow: FlowIndex, nodeId: string): TransitionConfig[] {
  if (!flow.loopGuarded.has(nodeId)) return [];
  return [
    {
      guard: { type: 'loopLimit', params: {} },
      target: nodeTarget(null),
      actions: [{ type: 'end', params: { reason: 'loopLimit', nodeId } }],
    },
  ];
}

/** Entering a step: trace it and count it. */
export function enter(nodeId: string): ActionRef[] {
  return [{ type: 'enter', params: { nodeId } }];
}

/**
 * Send the step's message when the policy allows it (then `onSent`), else take `windowClosed` when the window is
 * the reason and that output is connected. Any other refusal is no transition of the step: its state enters with
 * `expectSend` (below), and the machine's root ends the session (`refusePending`), one transition for every step.
 */
export function sendTransitions(
  flow: FlowIndex,
  nodeId: string,
  variant: SendVariant,
  onSent: TransitionConfig,
): TransitionConfig[] {
  const sent: TransitionConfig = {
    guard: { type: 'policy', params: { nodeId, variant, is: 'allowed' } },
    ...onSent,
    actions: [{ type: 'send', params: { nodeId, variant } }, ...(onSent.actions ?? [])],
  };
  if (!windowCanClose(flow, nodeId, variant) || !findEdge(flow, nodeId, 'windowClosed')) return [sent];
  const refuse: ActionRef = { type: 'refuse', params: { nodeId, variant } };
  return [
    sent,
    go(flow, nodeId, 'windowClosed', 'windowClosed', [refuse], {
      type: 'policy',
      params: { nodeId, variant, is: 'windowClosed' },
    }),
  ];
}

/**
 * The entry action of a state whose eventless transitions are `sendTransitions`: the send it is about to try, so
 * that a refusal no transition of the state takes reaches the root's `refusePending` (the session ends `refused`;
 * a closed window with the `windowClosed` output unconnected takes that output, `orWindowClosed`). Before, every
 * sending state had its own fallback transition for this: a sixth of the machine's transitions.
 */
export function expectSend(flow: FlowIndex, nodeId: string, variant: SendVariant): ActionRef {
  const orWindowClosed = windowCanClose(flow, nodeId, variant) && !findEdge(flow, nodeId, 'windowClosed');
  return { type: 'expectSend', params: { nodeId, variant, ...(orWindowClosed ? { orWindowClosed } : {}) } };
}

/** A template never waits for the window (and its step has no windowClosed output): any refusal ends. */
function windowCanClose(flow: FlowIndex, nodeId: string, variant: SendVariant): boolean {
  const type = flow.nodes.get(nodeId)?.type;
  return variant !== 'template' && type !== 'template' && type !== 'carousel';
}

/** The policy refused: the session ends `refused` with the code. */
export function refusedTransition(nodeId: string, variant: SendVariant): TransitionConfig {
  return {
    target: nodeTarget(null),
    actions: [
      { type: 'refuse', params: { nodeId, variant } },
      { type: 'end', params: { reason: 'refused', nodeId, detailFromRefusal: true } },
    ],
  };
}

/** A step that sends and moves on at once (text, media, CTA URL; templates without quick replies). */
export function sendAndContinue(flow: FlowIndex, nodeId: string, type: NodeType): StateConfig {
  return {
    meta: { nodeId, type },
    entry: [...enter(nodeId), expectSend(flow, nodeId, 'main')],
    always: [...loopGuard(flow, nodeId), ...sendTransitions(flow, nodeId, 'main', go(flow, nodeId, 'next'))],
  };
}

/** A step whose work is one action and then `next` (the CRM steps). */
export function actAndContinue(flow: FlowIndex, nodeId: string, type: NodeType, action: ActionRef): StateConfig {
  return {
    meta: { nodeId, type },
    entry: enter(nodeId),
    always: [...loopGuard(flow, nodeId), go(flow, nodeId, 'next', 'completed', [action])],
  };
}

/** A step whose work is one action and then the end with `reason` (handoff, goToFlow, end). */
export function actAndEnd(
  flow: FlowIndex,
  nodeId: string,
  type: NodeType,
  actions: ActionRef[],
  reason: EndReason,
  detail?: string,
): StateConfig {
  return {
    meta: { nodeId, type },
    entry: enter(nodeId),
    always: [
      ...loopGuard(flow, nodeId),
      {
        target: nodeTarget(null),
        actions: [...actions, { type: 'end', params: { reason, nodeId, ...(detail ? { detail } : {}) } }],
      },
    ],
  };
}

/** The absolute target of a substate of a step (`send`, `wait`, `retry`…). */
export function subTarget(nodeId: string, ...path: string[]): string {
  return [nodeTarget(nodeId), ...path].join('.');
}

/** A waiting state: `timeout` (when set) schedules a timer on entering it, cancelled on leaving. */
export function waitState(
  flow: FlowIndex,
  nodeId: string,
  timeout: Duration | undefined,
  on: NonNullable<StateConfig['on']>,
  extra: Omit<StateConfig, 'on' | 'entry' | 'exit'> = {},
): StateConfig {
  if (!timeout) return { ...extra, on };
  return {
    ...extra,
    entry: [{ type: 'startTimer', params: { nodeId, purpose: 'timeout', ms: durationToMs(timeout) } }],
    exit: [{ type: 'stopTimer', params: { purpose: 'timeout' } }],
    on: {
      ...on,
      timer: [
        ...(on.timer ?? []),
        go(flow, nodeId, 'timeout', 'completed', [], { type: 'timer', params: { purpose: 'timeout' } }),
      ],
    },
  };
}

/** Transitions for an inbound message that picks one of `choiceIds` (each its own output). */
export function choiceTransitions(flow: FlowIndex, nodeId: string, choiceIds: string[]): TransitionConfig[] {
  return choiceIds.map((choiceId) =>
    go(flow, nodeId, choiceId, 'completed', [], { type: 'choice', params: { nodeId, choiceId } }),
  );
}
