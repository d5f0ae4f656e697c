/**
 * Start-up of the built command (dist/bin/qujat.js, as installed), cold processes, next to bare `node -e ""` in
 * the same run: each command's median wall time over several rounds (the commands taken in turn in each round, so
 * that a busy moment of the machine falls on all of them), and how much longer than bare Node it takes.
 * `npm run bench` builds first; `BENCH_STARTUP_ROUNDS` sets the rounds (default 11).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectPaths } from '../src/core/paths.js';

const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 11);
const bin = join(projectPaths.root, 'dist', 'bin', 'qujat.js');
const out = mkdtempSync(join(tmpdir(), 'qujat-startup-'));
const draft = join(projectPaths.root, 'test', 'fixtures', 'regulations', 'kg-min-agriculture-hr-department.ky.md');
const sheet = join(projectPaths.examples, 'kz-b-sheet-staff.json');

interface Case {
  name: string;
  args: string[];
  /** The most a command may take over bare Node (the issue's goals), in ms. */
  budget?: number;
}

const cases: Case[] = [
  { name: 'node -e ""', args: ['-e', ''] },
  { name: 'qujat --version', args: [bin, '--version'], budget: 100 },
  { name: 'qujat --help', args: [bin, '--help'], budget: 100 },
  { name: 'qujat forms', args: [bin, 'forms'] },
  { name: 'qujat check (42-line draft)', args: [bin, 'check', draft], budget: 400 },
  { name: 'qujat render (1 sheet, kk, PDF+DOCX)', args: [bin, 'render', 'kz-b-sheet-staff', sheet, '--lang', 'kk', '--format', 'pdf,docx', '--out', out], budget: 800 },
];

function time(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, QUJAT_LANG: 'en' } });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const item of cases) time(item.args); // the file system's cache warmed once, as after any first run
const times = new Map(cases.map((item) => [item.name, [] as number[]]));
for (let round = 0; round < rounds; round += 1) for (const item of cases) times.get(item.name)!.push(time(item.args));
rmSync(out, { recursive: true, force: true });

const node = median(times.get(cases[0]!.name)!);
console.log(`start-up: wall time, median of ${rounds} cold processes, node ${process.version}\n`);
console.log(`${'command'.padEnd(40)}${'median'.padStart(9)}${'over node'.padStart(11)}${'× node'.padStart(8)}   goal (over node)`);
for (const item of cases) {
  const ms = median(times.get(item.name)!);
  const over = ms - node;
  const goal = item.budget === undefined ? '' : `${item.budget} ms: ${over <= item.budget ? 'met' : 'NOT met'}`;
  console.log(`${item.name.padEnd(40)}${`${ms.toFixed(0)} ms`.padStart(9)}${`${over.toFixed(0)} ms`.padStart(11)}${(ms / node).toFixed(2).padStart(8)}   ${goal}`);
}
