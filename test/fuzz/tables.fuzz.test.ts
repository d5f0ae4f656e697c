// Fuzz: batch inputs (CSV and XLSX tables), through the streaming readers and through qujat batch.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { describeInputProblem } from '../../src/batch/input-problem.js';
import { openRecordStream } from '../../src/batch/open-record-stream.js';
import { createTranslator } from '../../src/core/i18n/index.js';
import { loadForm } from '../../src/forms/index.js';
import { runSheetBatch } from '../helpers/run-cli.js';
import { csvFile, xlsxFile } from './arbitraries/tables.js';
import { fuzzParameters, fuzzTimeout, hasStackTrace, printFigures, runCase } from './fuzz-settings.js';

const work = mkdtempSync(join(tmpdir(), 'qujat-fuzz-tables-'));
const form = loadForm('kz-b-sheet-staff')!;
const translator = createTranslator('kk');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  printFigures();
});

/** Every item of a table's stream: records, or a failure that says what is wrong in the user's language. */
async function readAll(file: string): Promise<void> {
  const opened = await openRecordStream(file, form);
  if (!opened.ok) {
    if (opened.problem) expect(describeInputProblem(opened.problem, translator)).not.toBe('');
    return;
  }
  for await (const item of opened.stream.items) {
    if (item.kind === 'failure' && item.problem) expect(describeInputProblem(item.problem, translator)).not.toBe('');
  }
}

describe.each([
  ['CSV', '.csv', csvFile.map(async (bytes) => bytes)],
  ['XLSX', '.xlsx', xlsxFile],
] as const)('batch %s', (name, extension, file) => {
  it(
    'the reader gives records or a failure it can name, and ends',
    async () => {
      await fc.assert(
        fc.asyncProperty(file, async (made) => {
          const input = join(work, `table${extension}`);
          writeFileSync(input, await made);
          await runCase(`batch ${name} (reader)`, () => readAll(input));
        }),
        fuzzParameters(60),
      );
    },
    fuzzTimeout,
  );

  it(
    'qujat batch exits 0, 1 or 2 with no stack trace and leaves only whole files',
    async () => {
      await fc.assert(
        fc.asyncProperty(file, async (made) => {
          const dir = mkdtempSync(join(work, 'case-'));
          const input = join(dir, `table${extension}`);
          writeFileSync(input, await made);
          const { code, stderr } = await runCase(`batch ${name} (CLI)`, () => runSheetBatch(input, join(dir, 'out'), 'ru'));
          expect([0, 1, 2]).toContain(code);
          expect(hasStackTrace(stderr), stderr).toBe(false);
          const written = readdirSync(dir, { recursive: true }).map(String);
          expect(written.filter((entry) => /\.tmp|\.partial/.test(entry))).toEqual([]);
          rmSync(dir, { recursive: true, force: true });
        }),
        fuzzParameters(2, 200),
      );
    },
    fuzzTimeout,
  );
});
