import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openRecordStream } from '../../src/batch/index.js';
import { loadForm } from '../../src/forms/index.js';
import { staffSheet, temporaryDir } from './batch-helpers.js';

const form = loadForm('kz-b-sheet-staff')!;
const count = 20_000;

/** A large input in each streamed format: about 10 MB of sheets. */
function writeInputs(dir: string): Record<string, string> {
  const sheets = Array.from({ length: count }, (_, index) => JSON.stringify(staffSheet(index + 1)));
  const header = 'fullName;position;categoryCode;headsUnit;score1;score2;score3;score4;score5';
  const rows = Array.from({ length: count }, (_, index) => `Қызметші ${index + 1};Бюджеттік саясат басқармасының бас сарапшысы;C-4;жоқ;4;4;4;4;4`);
  const files = { json: `[${sheets.join(',\n')}]`, jsonl: sheets.join('\n'), csv: [header, ...rows].join('\n') };
  return Object.fromEntries(
    Object.entries(files).map(([type, text]) => {
      const file = join(dir, `sheets.${type}`);
      writeFileSync(file, text);
      return [type, file];
    }),
  );
}

describe('batch inputs are streamed', () => {
  it.each(['json', 'jsonl', 'csv'])(
    '.%s: reading waits for the reader (memory does not grow with the input)',
    async (type) => {
      const file = writeInputs(temporaryDir())[type]!;
      const opened = await openRecordStream(file, form);
      if (!opened.ok) throw new Error(opened.detail);
      const iterator = opened.stream.items[Symbol.asyncIterator]();
      for (let index = 0; index < 10; index += 1) expect((await iterator.next()).value).toMatchObject({ kind: 'record', number: index + 1 });
      // Give the file stream time to run ahead, as it would if nothing held it back.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(opened.stream.size).toBeGreaterThan(2 * 1024 * 1024);
      expect(opened.stream.bytesRead()).toBeLessThan(512 * 1024);
      let last = 10;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) last = (next.value as { number: number }).number;
      expect(last).toBe(count);
    },
    60_000,
  );
});
