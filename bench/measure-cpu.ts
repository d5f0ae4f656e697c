import { performance } from 'node:perf_hooks';

/** This process's CPU time in ms: steadier than the wall clock on a shared two-core machine. */
export function readCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `task` for about `seconds` after a warm-up of five runs; returns documents per second and CPU ms per document. */
export async function measureCpu(task: () => Promise<unknown> | unknown, seconds: number): Promise<{ perSecond: number; ms: number }> {
  for (let index = 0; index < 5; index += 1) await task();
  let count = 0;
  const start = performance.now();
  const cpuStart = readCpuMs();
  while (performance.now() - start < seconds * 1000) {
    await task();
    count += 1;
  }
  const ms = (readCpuMs() - cpuStart) / count;
  return { perSecond: 1000 / ms, ms };
}

/** The median of a list of figures (the upper one of the two middle ones for an even count). */
export function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
