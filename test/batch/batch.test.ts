import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { extractPdfText } from '../helpers/read-pdf.js';
import { runQujat } from '../helpers/run-cli.js';
import { readFolder, readJsonLines, staffSheet, temporaryDir } from './batch-helpers.js';

const form = 'kz-b-sheet-staff';

describe('qujat batch: mixed valid and invalid records', () => {
  it('renders every valid record, lists every invalid one with its number, fields and errors, and exits 1', async () => {
    const records = [1, 2, 3, 4, 5, 6].map(staffSheet);
    records[1]!.parameters[2].score = 7; // record 2: a score above 5
    delete records[4]!.person.fullName; // record 5: no name
    const dir = temporaryDir();
    const input = join(dir, 'sheets.json');
    writeFileSync(input, JSON.stringify(records));
    const out = join(dir, 'out');
    const { code, stderr } = await runQujat('batch', form, input, '--lang', 'kk', '--format', 'pdf', '--out', out, '--jobs', '2', '--quiet', '--ui-lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('6 records: 4 rendered, 0 already done, 2 failed; 4 documents');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((entry: any) => [entry.record, entry.file])).toEqual([
      [1, `${form}.000001.kk.pdf`],
      [3, `${form}.000003.kk.pdf`],
      [4, `${form}.000004.kk.pdf`],
      [6, `${form}.000006.kk.pdf`],
    ]);
    expect(manifest.failed).toEqual([2, 5]);
    expect(manifest.records).toBe(6);
    for (const entry of manifest.outputs) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    const errors = readJsonLines(join(out, 'errors.jsonl'));
    expect(errors.map((line) => line.record)).toEqual([2, 5]);
    expect(errors[0].id).toEqual({ fullName: 'Сынақ Қызметші 2', position: records[1]!.person.position });
    expect(errors[0].errors).toEqual([expect.objectContaining({ ruleId: 'maximum', pointer: '/parameters/2/score', severity: 'error' })]);
    expect(errors[1].errors).toEqual([expect.objectContaining({ ruleId: 'required', pointer: '/person/fullName' })]);
    const { text } = await extractPdfText(readFileSync(join(out, `${form}.000004.kk.pdf`)));
    expect(text).toContain('Сынақ Қызметші 4');
  }, 60_000);
});

describe('qujat batch: reproducible', () => {
  it('gives byte-identical files and manifest with --jobs 1 and --jobs 2, and the same archive with --zip', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.jsonl');
    writeFileSync(input, [1, 2, 3, 4, 5].map((n) => JSON.stringify(staffSheet(n))).join('\n'));
    const run = async (out: string, jobs: string, ...more: string[]) => {
      const { code } = await runQujat('batch', form, input, '--lang', 'kk,ru', '--format', 'pdf,docx', '--out', out, '--jobs', jobs, '--quiet', ...more);
      expect(code).toBe(0);
    };
    await run(join(dir, 'one'), '1');
    await run(join(dir, 'two'), '2');
    const one = readFolder(join(dir, 'one'));
    expect(Object.keys(one)).toHaveLength(5 * 4 + 1);
    expect(existsSync(join(dir, 'one', 'errors.jsonl'))).toBe(false);
    expect(readFolder(join(dir, 'two'))).toEqual(one);
    await run(join(dir, 'a.zip'), '2', '--zip');
    await run(join(dir, 'b'), '1', '--zip');
    const archive = readFileSync(join(dir, 'a.zip'));
    expect(archive.equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
    const entries = unzipSync(archive);
    expect(Object.keys(entries)).toEqual([
      ...Object.keys(one)
        .filter((name) => name !== 'manifest.json')
        .sort(),
      'manifest.json',
    ]);
    for (const [name, bytes] of Object.entries(entries)) expect(Buffer.from(bytes).toString('base64')).toBe(one[name]);
  }, 90_000);
});
