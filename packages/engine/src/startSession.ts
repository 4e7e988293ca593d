import { IDLE } from './machine/config.ts';
import { INITIAL_CONTEXT } from './machine/context.ts';
import { runMachine } from './session/runMachine.ts';
import type { EngineApi } from './types.ts';

/**
 * Starts a session at `trigger`'s first step and runs it until it waits or ends. The start event's data comes
 * along: an inbound message becomes the last reply, an API start's variables are set.
 */
export const startSession: EngineApi['startSession'] = (flow, { sessionId, trigger, event, context }) =>
  runMachine(
    flow,
    { value: IDLE, context: INITIAL_CONTEXT },
    { sessionId, context, event },
    {
      type: 'start',
      triggerId: trigger.id,
      ...(event.type === 'api' && event.variables ? { variables: event.variables } : {}),
    },
  );
