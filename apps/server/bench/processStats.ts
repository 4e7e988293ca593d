import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) a process used so far — user + system, all its threads — from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time (ms) per thread of a process, keyed `name:tid` — the main thread (the event loop, whose tid is the pid)
 * as `event loop` — from Linux's `/proc/<pid>/task`; empty elsewhere.
 */
export function threadCpuMs(pid: number | undefined): Map<string, number> {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      threads.set(
        `${tid === String(pid) ? 'event loop' : name}:${tid}`,
        ((Number(fields[11]) + Number(fields[12])) * 1000) / 100,
      );
    }
  } catch {
    // not Linux, or the process is gone
  }
  return threads;
}
