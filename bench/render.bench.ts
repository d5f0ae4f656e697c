/**
 * `npm run bench`: documents per second for the Corps "A" evaluation sheet and a Corps "B" sheet through the whole
 * pipeline (PDF, DOCX), next to pdfmake alone, as it comes, in a process of its own, rendering an equivalent
 * document definition (hand-written for "A", the definition qujat made for "B" when it rendered through pdfmake:
 * bench/pdfmake-definition.ts); where the pipeline's time goes. Not a test: it prints figures and ratios measured
 * in one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { readDataFile } from '../src/core/data/index.js';
import { createTranslator } from '../src/core/i18n/index.js';
import { projectPaths } from '../src/core/paths.js';
import { loadForm } from '../src/forms/index.js';
import { parseMarkdown } from '../src/markdown/index.js';
import { buildDocumentTree, checkFormData, renderForm } from '../src/pipeline/index.js';
import { renderDocx, type RenderOptions, renderPdf, toLayout } from '../src/render/index.js';
import { compileTemplate, createSlots } from '../src/template/index.js';
import { createHandWrittenSheet } from './hand-written-sheet.js';
import { toPdfDefinition } from './pdfmake-definition.js';

const formId = 'kz-a-evaluation-sheet';
const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

/** This process's CPU time in ms: steadier than the wall clock on a shared two-core machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `task` for about `seconds` after a warm-up; returns documents per second and CPU ms per document. */
async function measure(task: () => Promise<unknown> | unknown): Promise<{ perSecond: number; ms: number }> {
  for (let i = 0; i < 5; i += 1) await task();
  let count = 0;
  const start = performance.now();
  const cpuStart = cpuMs();
  while (performance.now() - start < seconds * 1000) {
    await task();
    count += 1;
  }
  const ms = (cpuMs() - cpuStart) / count;
  return { perSecond: 1000 / ms, ms };
}

/**
 * pdfmake as it comes, in a process of its own (bench/pdfmake-stock.ts), rendering `definition` (functions passed as
 * their source, dates as ISO text): CPU ms per document, one figure per round.
 */
function measureStockPdfmake(definition: unknown): number[] {
  const file = join(mkdtempSync(join(tmpdir(), 'qujat-bench-')), 'definition.json');
  writeFileSync(
    file,
    JSON.stringify(definition, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : typeof raw === 'function' ? { $function: String(raw) } : value;
    }),
  );
  return Array.from({ length: rounds }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(projectPaths.root, 'bench', 'pdfmake-stock.ts'), file, String(seconds)], {
      encoding: 'utf8',
    });
    return (JSON.parse(child.stdout) as { ms: number }).ms;
  });
}

const read = await readDataFile(`${projectPaths.examples}/${formId}.json`);
if (!read.ok) throw new Error('cannot read the example');
const form = loadForm(formId)!;
const data = read.data;
const handWritten = createHandWrittenSheet;

const checked = checkFormData(form, data).valid!;
const built = buildDocumentTree(form, checked.edition, checked.data, checked.computed, 'kk');
const blocks = toLayout(built.tree);
const firstMarkdown = compileTemplate(readFileSync(`${form.dir}/${checked.edition.template}`, 'utf8'), 'bench')(
  { ...checked.data, computed: checked.computed },
  { translator: createTranslator('kk'), namespace: form.manifest.namespace, lang: 'kk', slots: createSlots() },
);
const options: RenderOptions = { title: built.title, lang: 'kk', orientation: 'portrait', date: String(checked.data.date) };

const tasks: Record<string, () => unknown> = {
  'qujat PDF (data → file)': () => renderForm(form, data, { langs: ['kk'], formats: ['pdf'] }),
  'qujat DOCX (data → file)': () => renderForm(form, data, { langs: ['kk'], formats: ['docx'] }),
  '  stage: validate + compute': () => checkFormData(form, data),
  '  stage: template + markdown tree': () => buildDocumentTree(form, checked.edition, checked.data, checked.computed, 'kk'),
  '  stage: markdown parse, uncached (first document of a shape)': () => parseMarkdown(firstMarkdown, `bench-${Math.random()}`),
  '  stage: layout': () => toLayout(built.tree),
  '  stage: PDF from layout': () => renderPdf(blocks, options),
  '  stage: docx from layout': () => renderDocx(blocks, options),
};

/** Rounds alternate between the tasks so that warm-up and machine noise fall on all of them alike; the median round counts. */
const samples = new Map<string, { perSecond: number; ms: number }[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const [name, task] of Object.entries(tasks)) samples.set(name, [...(samples.get(name) ?? []), await measure(task)]);
}
const results = Object.fromEntries([...samples].map(([name, list]) => [name, [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)]!])) as Record<
  keyof typeof tasks,
  { perSecond: number; ms: number }
>;

console.log(`Corps "A" evaluation sheet (kk): CPU time per document, median of ${rounds} rounds of ${seconds} s, node ${process.version}\n`);
for (const [name, { perSecond, ms }] of Object.entries(results)) {
  console.log(`${name.padEnd(50)} ${perSecond.toFixed(1).padStart(9)} docs/s ${ms.toFixed(2).padStart(9)} ms/doc`);
}
const pdf = results['qujat PDF (data → file)']!.ms;
const stockA = [...measureStockPdfmake(handWritten())].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
console.log(
  `${'pdfmake alone, as it comes (own process)'.padEnd(50)} ${(1000 / stockA).toFixed(1).padStart(9)} docs/s ${stockA.toFixed(2).padStart(9)} ms/doc`,
);
console.log(`\nqujat PDF time / pdfmake alone as it comes: ${(pdf / stockA).toFixed(3)} (goal: at most 1)`);
const before = ['  stage: validate + compute', '  stage: template + markdown tree', '  stage: layout'].reduce((sum, name) => sum + results[name]!.ms, 0);
console.log(`stages before the PDF: ${before.toFixed(2)} ms per document = ${((before / pdf) * 100).toFixed(1)} % of qujat's PDF time`);

// Corps "B": the staff member's quarterly sheet, next to pdfmake alone, as it comes, in a process of its own,
// rendering the document definition qujat made for it when it rendered through pdfmake.
{
  const sheetId = 'kz-b-sheet-staff';
  const sheetRead = await readDataFile(`${projectPaths.examples}/${sheetId}.json`);
  if (!sheetRead.ok) throw new Error('cannot read the Corps B example');
  const sheetForm = loadForm(sheetId)!;
  const sheetChecked = checkFormData(sheetForm, sheetRead.data).valid!;
  const sheetBuilt = buildDocumentTree(sheetForm, sheetChecked.edition, sheetChecked.data, sheetChecked.computed, 'kk');
  const definition = toPdfDefinition(toLayout(sheetBuilt.tree), {
    title: sheetBuilt.title,
    lang: 'kk',
    orientation: 'portrait',
    date: String(sheetChecked.data.date),
  });
  const sheetTasks: Record<string, () => unknown> = {
    'qujat PDF (data → file)': () => renderForm(sheetForm, sheetRead.data, { langs: ['kk'], formats: ['pdf'] }),
    'qujat DOCX (data → file)': () => renderForm(sheetForm, sheetRead.data, { langs: ['kk'], formats: ['docx'] }),
  };
  const stockMs = measureStockPdfmake(definition);
  const sheetSamples = new Map<string, { perSecond: number; ms: number }[]>();
  sheetSamples.set(
    'pdfmake alone, as it comes (own process)',
    stockMs.map((ms) => ({ ms, perSecond: 1000 / ms })),
  );
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, task] of Object.entries(sheetTasks)) sheetSamples.set(name, [...(sheetSamples.get(name) ?? []), await measure(task)]);
  }
  const median = (list: { perSecond: number; ms: number }[]) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)]!;
  console.log(`\nCorps "B" staff sheet (kk): CPU time per document, median of ${rounds} rounds of ${seconds} s\n`);
  for (const [name, list] of sheetSamples) {
    const { perSecond, ms } = median(list);
    console.log(`${name.padEnd(50)} ${perSecond.toFixed(1).padStart(9)} docs/s ${ms.toFixed(2).padStart(9)} ms/doc`);
  }
  const qujatMs = median(sheetSamples.get('qujat PDF (data → file)')!).ms;
  console.log(
    `\nqujat PDF time / pdfmake alone as it comes: ${(qujatMs / median(sheetSamples.get('pdfmake alone, as it comes (own process)')!).ms).toFixed(3)} (goal: at most 1)`,
  );
  const sheetPdf = await renderForm(sheetForm, sheetRead.data, { langs: ['kk'], formats: ['pdf'] });
  console.log(`PDF size: ${sheetPdf.documents[0]!.bytes.length} bytes`);
}

// Regulation check: a 50-page draft (the KZ typical regulation's text repeated), checked whole; MB/s.
const { readRegulation, checkRegulation, splitLines } = await import('../src/regulation/index.js');
const typical = await readRegulation('../shared/reference/kz-hr-service-typical-regulation.kk.md');
if (typical.ok) {
  const page = typical.lines.map((line) => line.text).join('\n');
  const draft = Array.from({ length: 50 }, () => page).join('\n');
  const lines = splitLines(draft, true);
  const bytes = Buffer.byteLength(draft);
  const check = await measure(() => checkRegulation(lines, { profile: 'kz', asOf: '2026-01-15' }));
  console.log(
    `\nregulation check: ${(bytes / 1024 / 1024).toFixed(2)} MB draft (${lines.length} lines) in ${check.ms.toFixed(1)} ms = ${(bytes / 1024 / 1024 / (check.ms / 1000)).toFixed(2)} MB/s`,
  );
  // Its cost grows in proportion to the text: the time per 1000 lines stays the same from 10 to 80 copies.
  const perThousand = [];
  for (const copies of [10, 20, 40, 80]) {
    const text = splitLines(Array.from({ length: copies }, () => page).join('\n'), true);
    const { ms } = await measure(() => checkRegulation(text, { profile: 'kz', asOf: '2026-01-15' }));
    perThousand.push(`${text.length} lines ${((ms / text.length) * 1000).toFixed(1)} ms`);
  }
  console.log(`regulation check per 1000 lines: ${perThousand.join('; ')}`);
}
