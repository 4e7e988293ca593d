import type { Effect, TraceEntry } from '../types.ts';
import type { RunState } from './context.ts';

type TraceInput = TraceEntry extends infer T ? (T extends TraceEntry ? Omit<T, 'at'> : never) : never;

/**
 * The run with trace entries appended (stamped with the step's `now`). A run's `trace` and `effects` are the
 * step's append-only logs, made fresh for each step and shared by every context of it: they grow in place (a
 * copy per entry made a long run quadratic), and only the step's final context is ever read.
 */
export function withTrace(run: RunState, ...entries: TraceInput[]): RunState {
  for (const entry of entries) run.trace.push({ ...entry, at: run.now } as TraceEntry);
  return run;
}

/** The run with an effect appended, and its trace entry (in place, as `withTrace`). */
export function withEffect(run: RunState, effect: Effect, nodeId?: string): RunState {
  const traced = withTrace(run, {
    kind: 'effect',
    effect: effect.type,
    ...(nodeId ? { nodeId } : {}),
    ...(effect.type === 'send' ? { effectId: effect.id } : {}),
    ...(effect.type === 'callWebhook' ? { effectId: effect.requestId } : {}),
    ...(effect.type === 'scheduleTimer' || effect.type === 'cancelTimer' ? { effectId: effect.timerId } : {}),
  });
  traced.effects.push(effect);
  return traced;
}
