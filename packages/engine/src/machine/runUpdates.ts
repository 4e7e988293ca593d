import type { Effect, TraceEntry } from '../types.ts';
import type { RunState } from './context.ts';

type TraceInput = TraceEntry extends infer T ? (T extends TraceEntry ? Omit<T, 'at'> : never) : never;

/** The run with trace entries appended (stamped with the step's `now`). */
export function withTrace(run: RunState, ...entries: TraceInput[]): RunState {
  return { ...run, trace: [...run.trace, ...entries.map((entry) => ({ ...entry, at: run.now }) as TraceEntry)] };
}

/** The run with an effect appended, and its trace entry. */
export function withEffect(run: RunState, effect: Effect, nodeId?: string): RunState {
  const traced = withTrace(run, {
    kind: 'effect',
    effect: effect.type,
    ...(nodeId ? { nodeId } : {}),
    ...(effect.type === 'send' ? { effectId: effect.id } : {}),
    ...(effect.type === 'callWebhook' ? { effectId: effect.requestId } : {}),
    ...(effect.type === 'scheduleTimer' || effect.type === 'cancelTimer' ? { effectId: effect.timerId } : {}),
  });
  return { ...traced, effects: [...traced.effects, effect] };
}
