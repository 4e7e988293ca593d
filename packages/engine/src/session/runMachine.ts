import type { InboundMessage } from '@salesbot/whatsapp';
import { inboundText } from '@salesbot/whatsapp';
import { createActor, type SnapshotFrom } from 'xstate';
import type { FlowMachine } from '../createFlowMachine.ts';
import { ENDED } from '../machine/config.ts';
import type { EngineContext, PersistedContext, RunState } from '../machine/context.ts';
import { persistContext } from '../machine/context.ts';
import type { MachineEvent } from '../machine/events.ts';
import { nodeIdOfKey } from '../machine/stateKey.ts';
import type { CompiledFlow, EngineEvent, SessionSnapshot, StartEvent, StepContext, StepResult } from '../types.ts';

/** What `SessionSnapshot.machine` holds: XState's persisted state value and the persisted context. */
export interface PersistedMachine {
  value: unknown;
  context: PersistedContext;
}

/**
 * Runs one event through the machine from `persisted` (rebuilt with this step's inputs) until it waits or ends.
 * Pure: XState's `transition` computes the next snapshot; every action is an `assign`, so nothing runs outside.
 */
export function runMachine(
  flow: CompiledFlow,
  persisted: PersistedMachine,
  input: { sessionId: string; context: StepContext; event: EngineEvent | StartEvent },
  machineEvent: MachineEvent,
): StepResult {
  const machine = flow.machine as FlowMachine;
  const inbound = inboundOf(input.event);
  const persistedContext: PersistedContext = {
    ...persisted.context,
    // Every inbound message sets the last reply before the step handles it.
    ...(inbound ? { lastReply: inboundText(inbound.content) } : {}),
  };
  const run = createRun(input.sessionId, input.context, input.event);
  try {
    const restored = restoreAt(machine, persisted.value);
    const context: EngineContext = Object.assign(restored.context as object, persistedContext, { run });
    const next = machine.transition(restored, machineEvent, inertScope(machine));
    if (next.status === 'error') return failedStep(context, String(next.error));
    return stepResult(next);
  } catch (error) {
    // A snapshot that does not fit the flow, or a bug: the session ends with the reason recorded instead of
    // failing the caller's transaction (a webhook must still be acknowledged).
    return failedStep({ ...persistedContext, run }, error instanceof Error ? error.message : String(error));
  }
}

type LiveSnapshot = ReturnType<FlowMachine['restoreSnapshot']>;
const restoredStates = new WeakMap<FlowMachine, Map<string, LiveSnapshot>>();

/**
 * A live snapshot of `machine` at state `value`, with an empty context object of its own (the caller fills it).
 * `restoreSnapshot` rebuilds one from plain JSON like `resolveState`, without the latter's scan of every top-level
 * state (measured: ~0.6 ms per step on a 2,000-step flow; see the README); what it builds for a state value —
 * the active state nodes, the value, the tags — depends on the value alone (our machines persist no actors and no
 * history), so it is built once per state and copied with a fresh context (a tenth of a session's start).
 * XState never changes a snapshot: each transition makes new ones.
 */
function restoreAt(machine: FlowMachine, value: unknown): LiveSnapshot {
  let byValue = restoredStates.get(machine);
  if (!byValue) {
    byValue = new Map();
    restoredStates.set(machine, byValue);
  }
  const key = typeof value === 'string' ? value : JSON.stringify(value);
  let restored = byValue.get(key);
  if (!restored) {
    restored = machine.restoreSnapshot(
      { status: 'active', value, context: {}, children: {}, historyValue: {} } as never,
      undefined as never,
    );
    byValue.set(key, restored);
  }
  return { ...restored, context: {} } as LiveSnapshot;
}

const scopes = new WeakMap<FlowMachine, ActorScope>();

/**
 * What XState's pure `transition(machine, snapshot, event)` does, minus the throwaway actor it builds on every
 * call (an actor, its system and an initial snapshot of the machine: about a third of a bare transition). One
 * inert scope per machine is enough: every action of ours is an `assign`, so nothing is ever executed, spawned,
 * scheduled or emitted through it, and the returned actions were ignored anyway.
 */
function inertScope(machine: FlowMachine): ActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      system: self.system,
      stopChild: () => {},
      emit: () => {},
      actionExecutor: () => {},
    } as unknown as ActorScope;
    scopes.set(machine, scope);
  }
  return scope;
}

type ActorScope = Parameters<FlowMachine['transition']>[2];

function failedStep(context: EngineContext, detail: string): StepResult {
  const { run } = context;
  const end = { type: 'end', reason: 'error', detail } as const;
  const machine: PersistedMachine = {
    value: ENDED,
    context: { ...persistContext(context), ended: { reason: 'error', detail }, timers: {}, webhook: null },
  };
  return {
    snapshot: { machine, status: 'ended', nodeId: null },
    effects: [end],
    facts: run.facts,
    trace: [
      ...run.trace.slice(0, 1),
      { at: run.now, kind: 'effect', effect: 'end' },
      { at: run.now, kind: 'end', reason: 'error', detail },
    ],
    contact: run.contact,
  };
}

function createRun(sessionId: string, context: StepContext, event: EngineEvent | StartEvent): RunState {
  return {
    sessionId,
    now: context.now,
    facts: context.facts,
    contact: context.contact,
    channel: context.channel,
    ...(context.templates ? { templates: context.templates } : {}),
    effects: [],
    trace: [{ at: context.now, kind: 'event', event: event.type, ...eventDetail(event) }],
    steps: 0,
    pending: null,
    refusal: null,
  };
}

function inboundOf(event: EngineEvent | StartEvent): InboundMessage | null {
  return event.type === 'inbound' || event.type === 'broadcastReply' ? event.message : null;
}

function eventDetail(event: EngineEvent | StartEvent): { detail?: string } {
  switch (event.type) {
    case 'inbound':
    case 'broadcastReply':
      return { detail: event.message.content.type };
    case 'timer':
      return { detail: event.timerId };
    case 'webhookResult':
      return {
        detail: event.ok ? `ok ${event.status ?? ''}`.trim() : `failed ${event.status ?? event.error ?? ''}`.trim(),
      };
    case 'stageChanged':
      return { detail: `${event.pipeline}/${event.stage}` };
    case 'sendFailed':
      return { detail: `${event.effectId} ${event.code}` };
    case 'agentTookOver':
      return event.agent ? { detail: event.agent } : {};
    case 'api':
      return {};
  }
}

/** The step's outcome: the persisted snapshot, and the run's effects, facts, trace and working contact. */
export function stepResult(snapshot: SnapshotFrom<FlowMachine>): StepResult {
  const context = snapshot.context as EngineContext;
  const ended = snapshot.status === 'done';
  const key = typeof snapshot.value === 'string' ? snapshot.value : (Object.keys(snapshot.value)[0] ?? '');
  const machine: PersistedMachine = { value: snapshot.value, context: persistContext(context) };
  const session: SessionSnapshot = {
    machine,
    status: ended ? 'ended' : 'waiting',
    nodeId: ended ? null : nodeIdOfKey(key),
  };
  return {
    snapshot: session,
    effects: context.run.effects,
    facts: context.run.facts,
    trace: context.run.trace,
    contact: context.run.contact,
  };
}
