/**
 * `npm run bench` (second part): a whole agency's Corps "B" sheets through `qujat batch`, as an HR officer runs it
 * (the command line, in its own process): documents per second with --jobs 1 and --jobs 2, the speed-up, peak memory
 * of the whole process (all threads), and that both give the same manifest. Then what this machine allows (two
 * independent renderers side by side), LibreOffice converting the same DOCX sheets when `soffice` is installed, and
 * start-up times. Not a test: it prints figures and ratios measured in this run.
 *
 * BENCH_RECORDS (default 10000), BENCH_FORMATS (default pdf,docx), BENCH_JOBS (default 1,2), BENCH_SOFFICE_SAMPLE (default 200).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { projectPaths } from '../src/core/paths.js';
import { createAgencySheets } from './agency-sheets.js';

const records = Number(process.env.BENCH_RECORDS ?? 10_000);
const formats = (process.env.BENCH_FORMATS ?? 'pdf,docx').split(',');
const jobList = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number);
const sofficeSample = Number(process.env.BENCH_SOFFICE_SAMPLE ?? 200);
const bin = join(projectPaths.root, 'dist', 'bin', 'qujat.js');
const work = mkdtempSync(join(tmpdir(), 'qujat-bench-'));

interface Run {
  seconds: number;
  /** CPU time of the process and all its threads (user + system). */
  cpuSeconds: number;
  peakMb: number;
  code: number | null;
}

/** A process's CPU time so far (all its threads), in seconds, from Linux's /proc (clock ticks of 1/100 s). */
function readCpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The high-water mark of a process's resident memory (all its threads), from Linux's /proc. */
function readPeakKb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `node dist/bin/qujat.js <args>` (the built package: `npm run bench` builds first) and measures its wall time and peak memory. */
async function runQujat(args: string[]): Promise<Run> {
  const start = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  let peakKb = 0;
  let cpuSeconds = 0;
  const poll = setInterval(() => {
    peakKb = Math.max(peakKb, readPeakKb(child.pid!) ?? 0);
    cpuSeconds = Math.max(cpuSeconds, readCpuSeconds(child.pid!) ?? 0);
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds, peakMb: peakKb / 1024, code };
}

function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\nqujat batch: ${records} Corps "B" staff sheets (kk), node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
);
const input = join(work, 'agency.jsonl');
writeFileSync(
  input,
  createAgencySheets(records)
    .map((sheet) => JSON.stringify(sheet))
    .join('\n'),
);

const results = new Map<string, Run>();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
for (const format of formats) {
  for (const jobs of jobList) {
    const out = join(work, `${format}-${jobs}`);
    const loadBefore = load();
    const run = await runQujat(['batch', 'kz-b-sheet-staff', input, '--format', format, '--jobs', String(jobs), '--out', out, '--quiet']);
    results.set(`${format}-${jobs}`, run);
    const bytes = readdirSync(out)
      .filter((name) => name.endsWith(`.${format}`))
      .reduce((sum, name) => sum + statSync(join(out, name)).size, 0);
    console.log(
      `${format.toUpperCase().padEnd(4)} --jobs ${jobs}: ${run.seconds.toFixed(1).padStart(6)} s wall ${(records / run.seconds).toFixed(1).padStart(7)} docs/s   ` +
        `CPU ${run.cpuSeconds.toFixed(1)} s (${((run.cpuSeconds / records) * 1000).toFixed(1)} ms/doc)   peak ${run.peakMb.toFixed(0).padStart(4)} MB   ` +
        `${(bytes / records / 1024).toFixed(1)} KB/doc   load ${loadBefore} → ${load()}   exit ${run.code}`,
    );
  }
  const one = results.get(`${format}-1`);
  const two = results.get(`${format}-2`);
  if (!one || !two) continue;
  const same = hashFile(join(work, `${format}-1`, 'manifest.json')) === hashFile(join(work, `${format}-2`, 'manifest.json'));
  console.log(
    `${format.toUpperCase().padEnd(4)} speed-up --jobs 2 / --jobs 1: ${(one.seconds / two.seconds).toFixed(2)} (goal 1.8); ` +
      `peak ${Math.max(one.peakMb, two.peakMb).toFixed(0)} MB (goal < 400); ${records} in ${two.seconds.toFixed(0)} s (goal ${format === 'pdf' ? '< 90' : '< 60'}); same manifest: ${same ? 'yes' : 'NO'}\n`,
  );
}

// What two cores give two renderers that share nothing: two `--jobs 1` batches side by side, each of half the
// records, against one of them alone. Caches and memory bandwidth are shared; the pool cannot do better than this.
{
  const half = Math.min(1000, Math.floor(records / 2));
  const halfInput = join(work, 'half.jsonl');
  writeFileSync(
    halfInput,
    createAgencySheets(half)
      .map((sheet) => JSON.stringify(sheet))
      .join('\n'),
  );
  const alone = await runQujat(['batch', 'kz-b-sheet-staff', halfInput, '--jobs', '1', '--out', join(work, 'alone'), '--quiet']);
  const pair = await Promise.all(
    ['a', 'b'].map((name) => runQujat(['batch', 'kz-b-sheet-staff', halfInput, '--jobs', '1', '--out', join(work, `pair-${name}`), '--quiet'])),
  );
  const slowest = Math.max(...pair.map((run) => run.seconds));
  console.log(
    `this machine's ceiling: two separate --jobs 1 processes of ${half} PDF sheets each do ${((2 * alone.seconds) / slowest).toFixed(2)} times the work of one in the same time`,
  );
}

// LibreOffice converting the same DOCX sheets to PDF, as offices do today (one soffice process, many files).
const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
if (soffice && sofficeSample > 0 && formats.includes('docx') && formats.includes('pdf')) {
  const docxDir = join(work, `docx-${jobList[0]}`);
  const sample = readdirSync(docxDir)
    .filter((name) => name.endsWith('.docx'))
    .sort()
    .slice(0, sofficeSample);
  const outDir = join(work, 'soffice');
  const profile = `file://${join(work, 'soffice-profile')}`;
  // A first conversion sets up LibreOffice's profile; it is not counted.
  spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'soffice-warm'), join(docxDir, sample[0]!)],
    { stdio: 'ignore' },
  );
  const start = performance.now();
  const converted = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...sample.map((name) => join(docxDir, name))],
    { stdio: 'ignore' },
  );
  const seconds = (performance.now() - start) / 1000;
  const made = readdirSync(outDir).filter((name) => name.endsWith('.pdf')).length;
  const rate = made / seconds;
  const version = spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const qujatRate = records / (results.get('pdf-2') ?? results.get('pdf-1')!).seconds;
  console.log(
    `\nLibreOffice (${version}) DOCX → PDF: ${made} of ${sample.length} sheets in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} docs/s (exit ${converted.status}); ` +
      `${records} would take ~${(records / rate / 60).toFixed(1)} min. qujat --jobs 2 PDF from the data: ${qujatRate.toFixed(1)} docs/s = ${(qujatRate / rate).toFixed(1)} times LibreOffice's rate`,
  );
} else if (!soffice) {
  console.log('\nLibreOffice (soffice) is not installed: no comparison (apt-get install libreoffice-writer-nogui to add it)');
} else {
  console.log('\nLibreOffice: no comparison (it needs both PDF and DOCX in BENCH_FORMATS and a BENCH_SOFFICE_SAMPLE above 0)');
}

// Start-up: the command line as a user meets it.
{
  const example = join(projectPaths.examples, 'kz-b-sheet-staff.json');
  const version: number[] = [];
  const one: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    version.push((await runQujat(['--version'])).seconds);
    one.push((await runQujat(['render', 'kz-b-sheet-staff', example, '--lang', 'kk', '--format', 'pdf', '--out', join(work, 'one')])).seconds);
  }
  console.log(
    `\nstart-up (median of 5): qujat --version ${(median(version) * 1000).toFixed(0)} ms; one Corps "B" sheet to PDF from the command line ${(median(one) * 1000).toFixed(0)} ms`,
  );
}

rmSync(work, { recursive: true, force: true });
