// `npm run bench` (scripts/bench.js): compile + validate a generated 2,000-step flow, and customer turns through
// `stepSession` with the JSON snapshot round trip the server does, on flows of 20, 200 and 2,000 steps — each beside
// bare XState baselines measured in this run. Numbers are printed, never asserted. Every figure is the wall-clock
// median (best) and the best CPU time of this process; on a shared machine read the CPU figures.
import { graphSchema, validateGraph } from '@salesbot/graph';
import { buildMachineConfig } from '../src/buildMachineConfig.ts';
import { compileGraph } from '../src/compileGraph.ts';
import { createFlowMachine, type FlowMachine } from '../src/createFlowMachine.ts';
import type { CompiledFlow, MachineConfig } from '../src/index.ts';
import { createFlowIndex } from '../src/machine/flowIndex.ts';
import { createBareMachine, driveBare } from './bareMachine.ts';
import { driveSessions } from './driveSessions.ts';
import { generateGraph } from './generateGraph.ts';
import { format, loadLine, perOperation, ratio, row, time } from './measure.ts';

const graph = generateGraph(200);
const STEPS = graph.nodes.length;
const n = (value: number) => value.toLocaleString('en');

console.log(`engine bench, ${loadLine()}`);

// --- compile ------------------------------------------------------------------------------------------------------

const parsed = graphSchema.parse(graph);
const index = createFlowIndex(parsed);
const config = buildMachineConfig(index);
const shape = machineShape(config);
console.log(
  `\ncompile: ${n(STEPS)} steps, ${n(graph.edges.length)} edges → ${n(shape.states)} states, ${n(shape.transitions)} transitions`,
);
const compileT = time(() => {
  if (!compileGraph(graph).ok) throw new Error('the generated graph does not compile');
});
const validateT = time(() => validateGraph(graph));
const graph1000 = generateGraph(100);
const validate1000T = time(() => validateGraph(graph1000));
const configT = time(() => buildMachineConfig(createFlowIndex(parsed)));
const machineT = time(() => createFlowMachine(index, config));
const bareT = time(() => createBareMachine(STEPS));
const bareSameT = time(() => createBareMachine(shape.states, shape.transitions));
row('compileGraph (validate + config + machine)', format(compileT), ratio(compileT, bareSameT));
row('  validateGraph', format(validateT));
row('  buildMachineConfig (plain JSON config, loop-guard analysis)', format(configT));
row('  setup().createMachine(config)', format(machineT), ratio(machineT, bareSameT));
row(`baseline: bare createMachine, ${n(STEPS)} states`, format(bareT));
row(`baseline: bare createMachine, ${n(shape.states)} states, ${n(shape.transitions)} transitions`, format(bareSameT));
row('validateGraph, 1,001 steps (the editor validates on each edit)', format(validate1000T));

// --- steps --------------------------------------------------------------------------------------------------------

const TURNS = 5_000;
const RUNS = 5;
console.log(`\nsteps: ${n(TURNS)} customer turns a run, each a stepSession with a JSON round trip of the snapshot`);
const flows: [number, CompiledFlow][] = [2, 20, 200].map((segments) => {
  const compiled = compileGraph(generateGraph(segments));
  if (!compiled.ok) throw new Error('the generated graph does not compile');
  return [compiled.graph.nodes.length, compiled];
});
const bare20T = perOperation(RUNS, driveBare(20, TURNS, false));
const bareT2 = perOperation(RUNS, driveBare(STEPS, TURNS, false));
const bareStoredT = perOperation(RUNS, driveBare(STEPS, TURNS, true));
for (const [steps, flow] of flows) {
  const stepT = perOperation(RUNS, driveSessions(flow, TURNS));
  const perSecond = `${n(Math.round(1000 / stepT.median))} steps/s`;
  row(`stepSession + JSON round trip, ${n(steps)}-step flow`, format(stepT), `${perSecond}; ${ratio(stepT, bareT2)}`);
}
row('baseline: bare transition, 20 states', format(bare20T));
row(`baseline: bare transition, ${n(STEPS)} states`, format(bareT2));
row(`baseline: bare transition + JSON round trip, ${n(STEPS)} states`, format(bareStoredT));

const machine = (flows.at(-1)?.[1].machine ?? null) as FlowMachine;
row('restore a stored snapshot: machine.resolveState', format(perOperation(RUNS, restoreCost(machine, true))));
row(
  'restore a stored snapshot: machine.restoreSnapshot (used)',
  format(perOperation(RUNS, restoreCost(machine, false))),
);
console.log(`\n${loadLine()}`);

/** Restoring a stored snapshot 1,000 times: XState's `resolveState` against `restoreSnapshot` (the engine's). */
function restoreCost(flowMachine: FlowMachine, useResolveState: boolean): () => number {
  const stored = JSON.parse(JSON.stringify({ value: { s100_ask: 'wait' }, context: config.context }));
  return () => {
    for (let i = 0; i < 1000; i++) {
      if (useResolveState) flowMachine.resolveState(stored);
      else
        flowMachine.restoreSnapshot(
          { status: 'active', children: {}, historyValue: {}, ...stored } as never,
          undefined as never,
        );
    }
    return 1000;
  };
}

/** How many state nodes (the root not counted) and transitions a config has. */
function machineShape(machineConfig: MachineConfig): { states: number; transitions: number } {
  let states = 0;
  let transitions = 0;
  const visit = (state: MachineConfig['states'][string]) => {
    states++;
    transitions += (state.always?.length ?? 0) + count(state.on);
    for (const child of Object.values(state.states ?? {})) visit(child);
  };
  for (const state of Object.values(machineConfig.states)) visit(state);
  return { states, transitions: transitions + machineConfig.always.length + count(machineConfig.on) };
}

function count(on: Partial<Record<string, unknown[]>> | undefined): number {
  return Object.values(on ?? {}).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}
