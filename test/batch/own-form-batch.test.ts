import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runBatch } from '../../src/batch/index.js';
import { fixturesDir } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { temporaryDir } from './batch-helpers.js';

const dir = temporaryDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a batch of a form of one's own (test/fixtures/own-form): its worker threads read the same folders", () => {
  it("renders the good records on two worker threads with the form's own texts, and names the bad one", async () => {
    const example = JSON.parse(readFileSync(`${fixturesDir}own-form/schemas/examples/staff-note.json`, 'utf8'));
    const records = [
      example,
      { ...example, person: { ...example.person, fullName: 'Ахметова Айгүл Серікқызы' } },
      { ...example, period: { from: '2026-02-27', to: '2026-01-05' } },
    ];
    const input = join(dir, 'notes.json');
    writeFileSync(input, JSON.stringify(records));
    const out = join(dir, 'out');
    const result = await runBatch({
      formId: 'staff-note',
      input,
      out,
      langs: ['ru'],
      formats: ['pdf'],
      uiLang: 'en',
      jobs: 2,
      version: 'test',
      project: { roots: [`${fixturesDir}own-form`] },
    });
    expect(result).toMatchObject({ status: 'done' });
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith('.pdf'))
        .sort(),
    ).toEqual(['staff-note.000001.ru.pdf', 'staff-note.000002.ru.pdf']);
    const text = (await extractPdfText(readFileSync(join(out, 'staff-note.000002.ru.pdf')))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Справка о дежурстве');
    expect(text).toContain('Ахметова Айгүл Серікқызы, бас маман');
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(errors.map((error) => [error.record, error.id, error.errors.map((problem: { ruleId: string }) => problem.ruleId)])).toEqual([
      [3, { fullName: 'Серікбаев Нұрлан Айдарұлы' }, ['period-order']],
    ]);
  });
});
