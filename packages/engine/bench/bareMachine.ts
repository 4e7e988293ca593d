import { createMachine, setup, transition } from 'xstate';

/**
 * A flat machine of `states` states and `transitions` transitions (spread evenly, each on its own event; `NEXT`
 * walks through every state in turn): what XState costs for a machine of a given size with nothing of ours in it.
 */
export function bareConfig(states: number, transitions = states) {
  const config: Record<string, { on: Record<string, string> }> = {};
  for (let i = 0; i < states; i++) {
    const own = Math.floor(transitions / states) + (i < transitions % states ? 1 : 0);
    const on: Record<string, string> = { NEXT: `s${(i + 1) % states}` };
    for (let j = 1; j < own; j++) on[`E${j}`] = `s${(i + j * 7) % states}`;
    config[`s${i}`] = { on };
  }
  return { id: 'bare', initial: 's0', states: config };
}

/** `createMachine` of a bare config. */
export function createBareMachine(states: number, transitions = states) {
  return createMachine(bareConfig(states, transitions));
}

/**
 * Drives `count` `NEXT` events through XState's pure `transition` on a bare machine of `states` states; with
 * `roundTrip`, the snapshot goes through JSON before each (as the engine's does). Returns the count.
 */
export function driveBare(states: number, count: number, roundTrip: boolean): () => number {
  const machine = setup({}).createMachine(bareConfig(states));
  let snapshot = machine.resolveState({ value: 's0', context: {} });
  return () => {
    for (let i = 0; i < count; i++) {
      if (roundTrip) {
        const stored = JSON.parse(JSON.stringify({ value: snapshot.value, context: snapshot.context }));
        snapshot = machine.restoreSnapshot(
          { status: 'active', children: {}, historyValue: {}, ...stored } as never,
          undefined as never,
        );
      }
      [snapshot] = transition(machine, snapshot, { type: 'NEXT' });
    }
    return count;
  };
}
