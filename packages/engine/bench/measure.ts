import { cpus, loadavg } from 'node:os';

/** One measured quantity over several runs: wall-clock median and best, and the best CPU time. */
export interface Timing {
  median: number;
  /** On a shared machine the best run is the closest to the code's own cost. */
  best: number;
  /**
   * The best run's share of this process's CPU time (all its threads, GC helpers included): what the code cost,
   * whatever else the machine was running.
   */
  cpuBest: number;
}

/** Milliseconds of `fn` over `runs` runs after `warmup` unmeasured ones, each started after a full GC. */
export function time(fn: () => void, runs = 25, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  return sample(runs, () => {
    fn();
    return 1;
  });
}

/**
 * `measure` run `runs` times (after one unmeasured run): each run returns how many operations it did, the timing
 * is per operation, in milliseconds.
 */
export function perOperation(runs: number, measure: () => number): Timing {
  measure();
  return sample(runs, measure);
}

function sample(runs: number, measure: () => number): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const count = measure();
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    wall.push(elapsed / count);
    cpu.push((used.user + used.system) / 1000 / count);
  }
  return { median: median(wall), best: Math.min(...wall), cpuBest: Math.min(...cpu) };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `ms` as milliseconds or microseconds, whichever reads better. */
function show(ms: number): string {
  return ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

/** `median (best) · CPU best`, e.g. `41.2 ms (33.0) · cpu 31.8 ms`. */
export function format(value: Timing): string {
  return `${show(value.median)} (${show(value.best).replace(/ .*/, '')}) · cpu ${show(value.cpuBest)}`;
}

/** How many times the baseline it took, on the median and on the best CPU time. */
export function ratio(value: Timing, baseline: Timing): string {
  const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  return `${times(value.median, baseline.median)} the baseline (cpu best ${times(value.cpuBest, baseline.cpuBest)})`;
}

/** One aligned line: label, timing, and an optional comparison. */
export function row(label: string, value: string, extra = ''): void {
  console.log(`  ${label.padEnd(58)}${value.padStart(34)}  ${extra}`);
}

/** The machine's load, printed with the results: on a shared machine every figure depends on it. */
export function loadLine(): string {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return `load average ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} on ${cpus().length} cores`;
}
