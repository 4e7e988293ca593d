import type { PersistedMachine } from './session/runMachine.ts';
import { runMachine } from './session/runMachine.ts';
import type { EngineApi } from './types.ts';

/**
 * Feeds one event to a waiting session (its persisted snapshot, as stored) and runs it until it waits or ends.
 * An ended session stays ended: no effects, the facts unchanged.
 */
export const stepSession: EngineApi['stepSession'] = (flow, { sessionId, snapshot, event, context }) => {
  if (snapshot.status === 'ended') {
    return {
      snapshot,
      effects: [],
      facts: context.facts,
      trace: [{ at: context.now, kind: 'event', event: event.type, detail: 'ignored: the session has ended' }],
      contact: context.contact,
    };
  }
  return runMachine(flow, snapshot.machine as PersistedMachine, { sessionId, context, event }, event);
};
