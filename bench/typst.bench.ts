/**
 * `npm run bench` (Typst part): qujat beside Typst, the typesetter people pick for fast PDF. The same sheets,
 * Corps "A" and Corps "B" in Kazakh, each document with other data (32 people in turn): qujat through its public
 * `render` (validate, compute, lay out, PDF, everything a user's call costs), Typst compiling the sheet's source to
 * PDF in this process through its Node binding (@myriaddreamin/typst-ts-node-compiler, a dev dependency of the bench
 * only), given the Tinos files qujat embeds as its only fonts. Typst's source is written from qujat's layout
 * beforehand and not timed (bench/typst-sheet.ts); the cache eviction Typst's documentation advises for a tool that
 * is not a watcher (`evictCache(10)` after each document) is counted with it. Rounds alternate between the systems
 * in one process, so that warm-up and a busy machine fall on both alike; medians of CPU time. Not a test.
 *
 * BENCH_SECONDS (default 1) per round, BENCH_ROUNDS (default 7).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';

import { render } from '../src/api/index.js';
import { loadForm } from '../src/forms/index.js';
import { layoutForm } from '../src/pipeline/index.js';
import { fontFiles } from '../src/render/index.js';
import { createAgencySheets, createEvaluationSheets } from './agency-sheets.js';
import { measureCpu, medianOf } from './measure-cpu.js';
import { toTypstSource } from './typst-sheet.js';

const typstPackage = '@myriaddreamin/typst-ts-node-compiler';
const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

/** Typst's Node binding, or nothing where it is not installed (it is a native package of the bench alone). */
function loadTypst(): typeof import('@myriaddreamin/typst-ts-node-compiler') | undefined {
  try {
    return createRequire(import.meta.url)(typstPackage) as typeof import('@myriaddreamin/typst-ts-node-compiler');
  } catch {
    return undefined;
  }
}

const binding = loadTypst();
if (!binding) {
  console.log(`Typst: not measured (${typstPackage} is not installed)`);
} else {
  const typst = binding.NodeCompiler.create({ fontArgs: [{ fontBlobs: Object.values(fontFiles).map((file) => readFileSync(file)) }] });
  const sheets = {
    'Corps "A" evaluation sheet': { id: 'kz-a-evaluation-sheet', inputs: createEvaluationSheets(32) },
    'Corps "B" staff sheet': { id: 'kz-b-sheet-staff', inputs: createAgencySheets(32) },
  };
  const tasks: Record<string, () => unknown> = {};
  const sizes: string[] = [];
  for (const [name, { id, inputs }] of Object.entries(sheets)) {
    const sources = inputs.map((input) => {
      const { blocks, options } = layoutForm(loadForm(id)!, input, { langs: ['kk'] }).layouts[0]!;
      return toTypstSource(blocks, options);
    });
    let nextQujat = 0;
    let nextTypst = 0;
    tasks[`${name}: qujat`] = () => render(id, inputs[nextQujat++ % inputs.length], { langs: ['kk'], formats: ['pdf'] });
    tasks[`${name}: Typst`] = () => {
      const pdf = typst.pdf({ mainFileContent: sources[nextTypst++ % sources.length]! });
      typst.evictCache(10);
      return pdf;
    };
    const qujatBytes = (await render(id, inputs[0], { langs: ['kk'], formats: ['pdf'] })).documents[0]!.bytes.length;
    sizes.push(`${name}: qujat ${qujatBytes} bytes, Typst ${typst.pdf({ mainFileContent: sources[0]! }).length} bytes`);
  }

  const samples = new Map<string, number[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, task] of Object.entries(tasks)) samples.set(name, [...(samples.get(name) ?? []), (await measureCpu(task, seconds)).ms]);
  }
  const version = (createRequire(import.meta.url)(`${typstPackage}/package.json`) as { version: string }).version;
  console.log(`qujat beside Typst (${typstPackage} ${version}), kk, other data in each document: CPU ms per document,`);
  console.log(
    `median of ${rounds} interleaved rounds of ${seconds} s; node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}\n`,
  );
  console.log(`${'sheet'.padEnd(28)} ${'qujat'.padStart(8)} ${'Typst'.padStart(8)} ${'qujat / Typst'.padStart(14)}`);
  for (const name of Object.keys(sheets)) {
    const qujat = medianOf(samples.get(`${name}: qujat`)!);
    const typstMs = medianOf(samples.get(`${name}: Typst`)!);
    console.log(
      `${name.padEnd(28)} ${qujat.toFixed(2).padStart(8)} ${typstMs.toFixed(2).padStart(8)} ${(qujat / typstMs).toFixed(2).padStart(14)}   (goal: below 1.00)`,
    );
  }
  console.log(`\nPDF size: ${sizes.join('; ')}`);
}
