import { type Duration, durationToMs, type NodeOf, type NodeType } from '@salesbot/graph';
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
    transition.target = nodeTarget(edge.target);
    transition.reenter = true;
    transition.actions = before.concat({
      type: 'edge',
      params: { from: nodeId, handle, to: edge.target, edgeId: edge.id },
    });
    return transition;
  }
  transition.target = nodeTarget(null);
  transition.actions = before.concat(
    { type: 'edge', params: { from: nodeId, handle, to: null } },
    { type: 'end', params: { reason: unconnected, nodeId } },
  );
  return transition;
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
 * the reason, else end `refused`.
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
  const type = flow.nodes.get(nodeId)?.type;
  // A template never waits for the window (and its step has no windowClosed output): any refusal ends.
  const windowCanClose = variant !== 'template' && type !== 'template' && type !== 'carousel';
  if (!windowCanClose) return [sent, refusedTransition(nodeId, variant)];
  if (!findEdge(flow, nodeId, 'windowClosed')) {
    // Unconnected, a closed window ends the session like any other refusal: one transition (to `$ended`) covers
    // both, and `end` tells them apart — a third fewer transitions on most sending steps.
    return [sent, refusedTransition(nodeId, variant, true)];
  }
  const refuse: ActionRef = { type: 'refuse', params: { nodeId, variant } };
  return [
    sent,
    go(flow, nodeId, 'windowClosed', 'windowClosed', [refuse], {
      type: 'policy',
      params: { nodeId, variant, is: 'windowClosed' },
    }),
    refusedTransition(nodeId, variant),
  ];
}

/**
 * The policy refused: the session ends `refused` with the code. `orWindowClosed`: a closed window is the step's
 * unconnected `windowClosed` output instead (that edge traced, the end `windowClosed`).
 */
export function refusedTransition(nodeId: string, variant: SendVariant, orWindowClosed = false): TransitionConfig {
  return {
    target: nodeTarget(null),
    actions: [
      { type: 'refuse', params: { nodeId, variant } },
      {
        type: 'end',
        params: { reason: 'refused', nodeId, detailFromRefusal: true, ...(orWindowClosed ? { orWindowClosed } : {}) },
      },
    ],
  };
}

/** A step that sends and moves on at once (text, media, CTA URL; templates without quick replies). */
export function sendAndContinue(flow: FlowIndex, nodeId: string, type: NodeType): StateConfig {
  return {
    meta: { nodeId, type },
    entry: enter(nodeId),
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
