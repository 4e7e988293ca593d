import { assign, setup } from 'xstate';
import { createActions } from './machine/actions.ts';
import type { MachineConfig } from './machine/config.ts';
import type { EngineContext } from './machine/context.ts';
import type { MachineEvent } from './machine/events.ts';
import type { FlowIndex } from './machine/flowIndex.ts';
import { createGuards } from './machine/guards.ts';

/** The XState machine of a compiled flow: the plain config with the engine's named actions and guards. */
export function createFlowMachine(flow: FlowIndex, config: MachineConfig) {
  const actionImpls = createActions(flow);
  const actions = Object.fromEntries(
    Object.entries(actionImpls).map(([name, impl]) => [
      name,
      assign<EngineContext, MachineEvent, unknown, MachineEvent, never>((args, params) =>
        (impl as (a: typeof args, p: unknown) => Partial<EngineContext>)(args, params),
      ),
    ]),
  );
  return setup({
    types: {} as { context: EngineContext; events: MachineEvent },
    actions,
    guards: createGuards(flow) as Record<
      string,
      (args: { context: EngineContext; event: MachineEvent }, params: unknown) => boolean
    >,
  }).createMachine(config as never);
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
