/**
 * Start-up of the built command (dist/bin/qujat.js, as installed), cold processes, next to bare `node -e ""` in
 * the same run: each command's median wall time and median CPU time (user + system of all its threads, reported
 * by the process itself through report-cpu.cjs) over several rounds (the commands taken in turn in each round, so
 * that a busy moment of the machine falls on all of them), and how much longer than bare Node it takes. On a
 * machine others share, wall time includes waiting for a core: the goals are judged on CPU time there, which the
 * load does not change much. `npm run bench` builds first; `BENCH_STARTUP_ROUNDS` sets the rounds (default 11).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { projectPaths } from '../src/core/paths.js';

const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 11);
const bin = join(projectPaths.root, 'dist', 'bin', 'qujat.js');
const out = mkdtempSync(join(tmpdir(), 'qujat-startup-'));
const draft = join(projectPaths.root, 'test', 'fixtures', 'regulations', 'kg-min-agriculture-hr-department.ky.md');
const sheet = join(projectPaths.examples, 'kz-b-sheet-staff.json');

interface Case {
  name: string;
  args: string[];
  /** The most a command may take over bare Node (the goals), in ms. */
  budget?: number;
}

const cases: Case[] = [
  { name: 'node -e ""', args: ['-e', ''] },
  { name: 'qujat --version', args: [bin, '--version'], budget: 100 },
  { name: 'qujat --help', args: [bin, '--help'], budget: 100 },
  { name: 'qujat forms', args: [bin, 'forms'] },
  { name: 'qujat check (42-line draft)', args: [bin, 'check', draft], budget: 400 },
  { name: 'qujat validate (1 sheet)', args: [bin, 'validate', 'kz-b-sheet-staff', sheet] },
  {
    name: 'qujat render (1 sheet, kk, PDF+DOCX)',
    args: [bin, 'render', 'kz-b-sheet-staff', sheet, '--lang', 'kk', '--format', 'pdf,docx', '--out', out],
    budget: 800,
  },
];

const reportCpu = fileURLToPath(new URL('report-cpu.cjs', import.meta.url));

/** One cold run: its wall time and its CPU time, in ms. */
function time(args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', reportCpu, ...args], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    env: { ...process.env, QUJAT_LANG: 'en' },
  });
  const wall = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return { wall, cpu: Number(String(result.output[3])) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const item of cases) time(item.args); // the file system's cache warmed once, as after any first run
const times = new Map(cases.map((item) => [item.name, { wall: [] as number[], cpu: [] as number[] }]));
for (let round = 0; round < rounds; round += 1) {
  for (const item of cases) {
    const { wall, cpu } = time(item.args);
    times.get(item.name)!.wall.push(wall);
    times.get(item.name)!.cpu.push(cpu);
  }
}
rmSync(out, { recursive: true, force: true });

const medians = (name: string) => ({ wall: median(times.get(name)!.wall), cpu: median(times.get(name)!.cpu) });
const node = medians(cases[0]!.name);
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`start-up: median of ${rounds} cold processes, node ${process.version}; wall time, and CPU time (all threads)\n`);
console.log(
  `${'command'.padEnd(40)}${'wall'.padStart(9)}${'over node'.padStart(11)}${'CPU'.padStart(9)}${'over node'.padStart(11)}${'× node'.padStart(8)}   goal (CPU over node)`,
);
for (const item of cases) {
  const { wall, cpu } = medians(item.name);
  const over = cpu - node.cpu;
  const goal = item.budget === undefined ? '' : `${item.budget} ms: ${over <= item.budget ? 'met' : 'NOT met'}`;
  console.log(
    `${item.name.padEnd(40)}${ms(wall).padStart(9)}${ms(wall - node.wall).padStart(11)}${ms(cpu).padStart(9)}${ms(over).padStart(11)}${(cpu / node.cpu).toFixed(2).padStart(8)}   ${goal}`,
  );
}
