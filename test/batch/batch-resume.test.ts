import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runQujat } from '../helpers/run-cli.js';
import { readFolder, staffSheet, temporaryDir } from './batch-helpers.js';

const form = 'kz-b-sheet-staff';
const bin = fileURLToPath(new URL('../../src/bin/qujat.ts', import.meta.url));
const records = 60;

/** Starts `qujat batch` in its own process and kills it (SIGKILL: no clean-up) once `after` documents are written. */
async function killHalfway(input: string, out: string, after: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'batch', form, input, '--out', out, '--jobs', '2', '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const documents = () => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.pdf')).length : 0);
  const deadline = Date.now() + 60_000;
  while (documents() < after && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
  child.kill('SIGKILL');
  await exited;
  return documents();
}

describe('qujat batch: interrupted and resumed', () => {
  it('skips what is complete and correct, redoes the rest, and ends as an uninterrupted run', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.jsonl');
    writeFileSync(input, Array.from({ length: records }, (_, index) => JSON.stringify(staffSheet(index + 1))).join('\n'));

    const whole = join(dir, 'whole');
    expect((await runQujat('batch', form, input, '--out', whole, '--jobs', '2', '--quiet')).code).toBe(0);

    const out = join(dir, 'out');
    const written = await killHalfway(input, out, 6);
    // It was stopped halfway: some documents, the journal of what is done, no manifest yet.
    expect(written).toBeGreaterThanOrEqual(6);
    expect(written).toBeLessThan(records);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(existsSync(join(out, '.qujat-batch.jsonl'))).toBe(true);
    // Damage two finished documents: one cut short, one deleted. Neither may be taken as done.
    const done = readdirSync(out)
      .filter((name) => name.endsWith('.pdf'))
      .sort();
    writeFileSync(join(out, done[0]!), readFileSync(join(out, done[0]!)).subarray(0, 100));
    rmSync(join(out, done[1]!));

    const resumed = await runQujat('batch', form, input, '--out', out, '--jobs', '2', '--ui-lang', 'en');
    expect(resumed.code).toBe(0);
    const summary = /(\d+) records: (\d+) rendered, (\d+) already done, 0 failed; (\d+) documents/.exec(resumed.stderr);
    expect(summary).not.toBeNull();
    const [, total, rendered, reused, documents] = summary!.map(Number);
    expect(total).toBe(records);
    expect(documents).toBe(records);
    expect(rendered! + reused!).toBe(records);
    expect(reused).toBeGreaterThanOrEqual(done.length - 2 - 2); // the two damaged, and up to two whose journal line the kill cut
    expect(reused).toBeLessThanOrEqual(done.length - 2);
    // The same files and the same manifest as the run that was never interrupted; no journal, no temporary file left.
    expect(readFolder(out)).toEqual(readFolder(whole));
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);

    // Run again: everything is reused, nothing rendered.
    const again = await runQujat('batch', form, input, '--out', out, '--jobs', '1', '--ui-lang', 'en');
    expect(again.stderr).toContain(`${records} records: 0 rendered, ${records} already done, 0 failed`);
    expect(readFolder(out)).toEqual(readFolder(whole));
  }, 120_000);

  it('renders a record again when its data changed since the earlier run', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.json');
    const sheets = [1, 2, 3].map(staffSheet);
    writeFileSync(input, JSON.stringify(sheets));
    const out = join(dir, 'out');
    expect((await runQujat('batch', form, input, '--out', out, '--quiet')).code).toBe(0);
    sheets[1]!.person.fullName = 'Өзгерген Есім';
    writeFileSync(input, JSON.stringify(sheets));
    const again = await runQujat('batch', form, input, '--out', out, '--ui-lang', 'en');
    expect(again.stderr).toContain('3 records: 1 rendered, 2 already done, 0 failed');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.outputs.map((entry: { record: number }) => entry.record)).toEqual([1, 2, 3]);
    // Record 3 now fails: its document from the earlier run does not stay beside its errors.
    sheets[2]!.parameters[0].score = 9;
    writeFileSync(input, JSON.stringify(sheets));
    expect((await runQujat('batch', form, input, '--out', out, '--quiet')).code).toBe(1);
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith('.pdf'))
        .sort(),
    ).toEqual([`${form}.000001.kk.pdf`, `${form}.000002.kk.pdf`]);
  }, 60_000);
});
