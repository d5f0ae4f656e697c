#!/usr/bin/env node
// `npm run fuzz`: the fuzzer's many cases (QUJAT_FUZZ_RUNS per entry point, 5 000 unless set) with one random seed
// for every entry point, printed first; QUJAT_FUZZ_SEED=<seed> replays a run. Any further arguments go to vitest
// (a file to run only it: `npm run fuzz -- test/fuzz/check.fuzz.test.ts`).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const seed = process.env.QUJAT_FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.QUJAT_FUZZ_RUNS ?? '5000';
process.stdout.write(`qujat fuzz: ${runs} cases per entry point, seed ${seed} (replay: QUJAT_FUZZ_SEED=${seed} npm run fuzz)\n`);
const files = process.argv.slice(2);
// vitest's own entry, run by this Node (no npx, which would offer to download a missing package).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...(files.length > 0 ? files : ['test/fuzz'])], {
  stdio: 'inherit',
  env: { ...process.env, QUJAT_FUZZ: '1', QUJAT_FUZZ_SEED: seed, QUJAT_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
