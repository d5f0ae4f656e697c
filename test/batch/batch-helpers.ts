import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadExample } from '../helpers/example.js';

/** A Corps "B" staff sheet for servant `n`: the example with its own name and scores. */
export function staffSheet(n: number): Record<string, any> {
  const sheet = loadExample('kz-b-sheet-staff');
  sheet.person.fullName = `Сынақ Қызметші ${n}`;
  sheet.parameters[0].score = 3 + (n % 3);
  return sheet;
}

export function temporaryDir(prefix = 'qujat-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file of a folder (but the journal) with its bytes, to compare two runs. */
export function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

export function readJsonLines(file: string): any[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}
