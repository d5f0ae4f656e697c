// A bounded CPU hog for CI: one busy thread per core, so that the tests run on a machine with no idle core.
// Stops after the seconds given (default 1800) or when killed; .ci/run kills it when the tests end.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const seconds = Number(process.argv[2] ?? 1800);
const spin = `const end = Date.now() + ${seconds * 1000}; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i += 1) x = (x * 31 + i) % 1000003; }`;
for (let core = 0; core < availableParallelism(); core += 1) new Worker(spin, { eval: true });
