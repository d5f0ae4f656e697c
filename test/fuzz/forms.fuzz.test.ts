// Fuzz: validate, compute and render of every form, on data files made from the form's JSON Schema and from its
// example mutated (wrong kinds, odd and huge texts, deep nesting, long lists, dates at the edges, files cut short).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { parseData } from '../../src/core/data/index.js';
import { loadForm } from '../../src/forms/index.js';
import { compute, listForms, render, validate } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { runQujat } from '../helpers/run-cli.js';
import { dataFileOf } from './arbitraries/form-data.js';
import { fuzzing, fuzzParameters, fuzzTimeout, hasStackTrace, printFigures, runCase } from './fuzz-settings.js';

const work = mkdtempSync(join(tmpdir(), 'qujat-fuzz-forms-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  printFigures();
});

const formIds = listForms('en').map((form) => form.id);
/**
 * Renders per form, of the valid data files (rendering costs a hundred times a validation): every one in `npm
 * test`; in `npm run fuzz` the first QUJAT_FUZZ_RUNS / forms of each form, so that the run renders QUJAT_FUZZ_RUNS
 * documents in all (5 000: about 330 per form, PDF and DOCX in turn), besides validating and computing every case.
 */
const rendersPerForm = fuzzing ? Math.ceil(Number(process.env.QUJAT_FUZZ_RUNS ?? 5000) / formIds.length) : Infinity;

describe.each(formIds)('%s', (formId) => {
  const form = loadForm(formId)!;
  const example = loadExample(formId);
  const lang = form.manifest.languages[0]!;

  it(
    'validate, compute and render return problems or documents, never throw',
    async () => {
      let count = 0;
      let renders = 0;
      await fc.assert(
        fc.asyncProperty(dataFileOf(form.schema, example), async ({ text, format }) => {
          count += 1;
          const parsed = parseData(text, format, `data.${format}`);
          const checked = await runCase(`${formId} validate+compute`, () => ({
            validated: validate(formId, parsed, { lang: 'ru' }),
            computed: compute(formId, parsed),
          }));
          for (const problem of checked.validated.problems) expect(typeof problem.message).toBe('string');
          if (!checked.validated.valid || renders >= rendersPerForm) return;
          renders += 1;
          const rendered = await runCase(`${formId} render`, () => render(formId, parsed, { langs: [lang], formats: count % 2 === 0 ? ['pdf'] : ['docx'] }));
          expect(rendered.documents.length > 0 || rendered.problems.length > 0).toBe(true);
        }),
        fuzzParameters(12),
      );
    },
    fuzzTimeout,
  );

  it(
    'qujat render exits 0, 1 or 2, with no stack trace and no partial file',
    async () => {
      await fc.assert(
        fc.asyncProperty(dataFileOf(form.schema, example), async ({ text, format }) => {
          const dir = mkdtempSync(join(work, 'case-'));
          const file = join(dir, `data.${format}`);
          writeFileSync(file, text);
          const { code, stderr } = await runCase(`${formId} CLI render`, () =>
            runQujat('render', formId, file, '--lang', lang, '--format', 'docx', '--out', join(dir, 'out'), '--ui-lang', 'en'),
          );
          expect([0, 1, 2]).toContain(code);
          expect(hasStackTrace(stderr), stderr).toBe(false);
          const written = readdirSync(dir, { recursive: true }).map(String);
          expect(written.filter((name) => name.endsWith('.tmp') || name.includes('.tmp-'))).toEqual([]);
          if (code === 0) expect(written.some((name) => name.endsWith('.docx'))).toBe(true);
          rmSync(dir, { recursive: true, force: true });
        }),
        fuzzParameters(3, 300),
      );
    },
    fuzzTimeout,
  );
});
