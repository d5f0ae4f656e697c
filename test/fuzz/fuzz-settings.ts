import { expect } from 'vitest';

/**
 * How the fuzzer runs. In `npm test`: a few hundred cases per entry point with a fixed seed (the same cases every
 * run). `npm run fuzz` (QUJAT_FUZZ=1): QUJAT_FUZZ_RUNS cases per entry point (5 000 unless set) with a random
 * seed, printed at the start; fast-check prints the seed and path of any failure, and QUJAT_FUZZ_SEED=<seed>
 * replays it.
 */
export const fuzzing = process.env.QUJAT_FUZZ === '1';
export const fuzzSeed = Number(process.env.QUJAT_FUZZ_SEED || (fuzzing ? Math.floor(Math.random() * 2 ** 31) : 15));

/** What every entry point must keep, whatever its input: its time per case and the process's memory. */
export const fuzzBounds = {
  /**
   * CPU time of one case (one input through one entry point), in ms, the process's worker threads included: a
   * hundred times a normal input's. CPU time, not the clock: other work on the machine never makes a case fail.
   */
  caseCpuMs: 20_000,
  /** Resident memory of the test process after any case (the 64 MB of a bombed zip never inflated whole). */
  rssBytes: 2 * 1024 * 1024 * 1024,
  /**
   * A case that has not settled while the process (its threads included) used less than `idleCpuMs` of CPU in
   * `idleWindowMs` waits for nothing: a hang, which costs no CPU and so never passes `caseCpuMs`. A state, not a
   * race against the clock: a case that works, however slowly on a busy machine, uses CPU.
   */
  idleWindowMs: 60_000,
  idleCpuMs: 20,
};

/** Rejects when the process stays idle for a whole window while the case runs (see `fuzzBounds.idleWindowMs`). */
function watchForHang(entry: string): { hung: Promise<never>; stop: () => void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  const hung = new Promise<never>((_, reject) => {
    let last = process.cpuUsage();
    timer = setInterval(() => {
      const used = process.cpuUsage(last);
      last = process.cpuUsage();
      if ((used.user + used.system) / 1000 < fuzzBounds.idleCpuMs)
        reject(new Error(`${entry}: the case waits for nothing (a hang): the process used no CPU for ${fuzzBounds.idleWindowMs / 1000} s`));
    }, fuzzBounds.idleWindowMs);
  });
  hung.catch(() => undefined);
  return { hung, stop: () => clearInterval(timer) };
}

/**
 * fast-check's parameters for an entry point: `inTests` cases in `npm test`; in `npm run fuzz` QUJAT_FUZZ_RUNS
 * (5 000 unless set), or `inFuzz` for a second, costlier way into an entry point already fuzzed in-process (the
 * command line's render and batch, which start threads and write files for every case).
 */
export function fuzzParameters(inTests: number, inFuzz?: number): { seed: number; numRuns: number; endOnFailure: true } {
  const runs = Number(process.env.QUJAT_FUZZ_RUNS ?? 5000);
  const numRuns = fuzzing ? Math.min(runs, inFuzz ?? runs) : inTests;
  return { seed: fuzzSeed, numRuns, endOnFailure: true };
}

/** A test's own time limit: generous in `npm test` (the cases finish in seconds), hours in `npm run fuzz`. */
export const fuzzTimeout = fuzzing ? 6 * 3600 * 1000 : 180_000;

if (fuzzing) process.stdout.write(`qujat fuzz: seed ${fuzzSeed} (replay with QUJAT_FUZZ_SEED=${fuzzSeed})\n`);

export interface CaseFigures {
  cases: number;
  slowestMs: number;
  peakRss: number;
}

/** Figures per entry point, printed at the end of a fuzz run (for the README). */
const figures = new Map<string, CaseFigures>();

/** Runs one case of an entry point and checks the bounds on its time and the process's memory. */
export async function runCase<T>(entry: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const watch = watchForHang(entry);
  let result: T;
  try {
    result = await Promise.race([Promise.resolve().then(run), watch.hung]);
  } finally {
    watch.stop();
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rss = process.memoryUsage().rss;
  const entryFigures = figures.get(entry) ?? { cases: 0, slowestMs: 0, peakRss: 0 };
  const updated = { cases: entryFigures.cases + 1, slowestMs: Math.max(entryFigures.slowestMs, elapsed), peakRss: Math.max(entryFigures.peakRss, rss) };
  figures.set(entry, updated);
  // A long run says how far it has got, every 1 000 cases.
  if (fuzzing && updated.cases % 1000 === 0) printFigure(entry, updated);
  expect(cpuMs, `${entry}: one case took ${Math.round(cpuMs)} ms of CPU`).toBeLessThan(fuzzBounds.caseCpuMs);
  expect(rss, `${entry}: the process holds ${Math.round(rss / 2 ** 20)} MB`).toBeLessThan(fuzzBounds.rssBytes);
  return result;
}

/** The figures of the entry points run so far in this file, one line each. */
export function printFigures(): void {
  if (!fuzzing) return;
  for (const [entry, entryFigures] of figures) printFigure(entry, entryFigures);
}

function printFigure(entry: string, { cases, slowestMs, peakRss }: CaseFigures): void {
  process.stdout.write(`qujat fuzz: ${entry}: ${cases} cases, slowest ${Math.round(slowestMs)} ms, peak RSS ${Math.round(peakRss / 2 ** 20)} MB\n`);
}

/** A stack trace (a bug) in what a command printed: a line `    at …`. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}
