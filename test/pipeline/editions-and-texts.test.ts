import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import type { Form } from '../../src/forms/index.js';
import { selectEdition } from '../../src/forms/index.js';
import { renderForm } from '../../src/pipeline/index.js';
import { fixturesDir } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const dir = `${fixturesDir}forms/missing-text`;
const form: Form = {
  dir,
  manifest: parse(readFileSync(`${dir}/form.yaml`, 'utf8')),
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:qujat:test:missing-text',
    type: 'object',
    required: ['date', 'name'],
    properties: { date: { type: 'string', format: 'date' }, name: { type: 'string' }, edition: { type: 'string' } },
  },
};

describe('editions', () => {
  it('uses the edition in force on the document date', () => {
    expect(selectEdition(form.manifest, '2019-12-31')).toBeUndefined();
    expect(selectEdition(form.manifest, '2020-01-01')?.id).toBe('2020');
    expect(selectEdition(form.manifest, '2026-07-10')?.id).toBe('2020');
    expect(selectEdition(form.manifest, '2026-07-11')?.id).toBe('2026');
    expect(selectEdition(form.manifest, '2026-07-11', '2020')?.id).toBe('2020');
    expect(selectEdition(form.manifest, '2026-07-11', 'nope')).toBeUndefined();
  });

  it('renders the older edition for an older date', async () => {
    const result = await renderForm(form, { date: '2026-07-10', name: 'Асанов' }, { langs: ['kk'], formats: ['pdf'] });
    expect(result.problems).toEqual([]);
    expect((await extractPdfText(result.documents[0]!.bytes)).text).toContain('Old edition: Асанов');
  });

  it('names an unknown edition asked for in the data', async () => {
    const result = await renderForm(form, { date: '2026-07-10', name: 'x', edition: '1999' }, { langs: ['kk'], formats: ['pdf'] });
    expect(result.problems).toMatchObject([{ ruleId: 'unknown-edition', place: { pointer: '/edition' }, expected: 'one of: 2020, 2026' }]);
  });
});

describe('a text missing in a language', () => {
  it('is an error at render time, never a fallback to another language, and nothing is rendered', async () => {
    const result = await renderForm(form, { date: '2026-08-01', name: 'Асанов' }, { langs: ['kk', 'ru'], formats: ['pdf', 'docx'] });
    expect(result.documents).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        ruleId: 'missing-translation',
        severity: 'error',
        place: { file: 'locales/kk/kz-a-evaluation-sheet.json', pointer: '/noSuchText' },
      }),
      expect.objectContaining({
        ruleId: 'missing-translation',
        severity: 'error',
        place: { file: 'locales/ru/kz-a-evaluation-sheet.json', pointer: '/noSuchText' },
      }),
    ]);
    expect(result.problems[0]!.message).toBe('the text "noSuchText" has no translation in this language');
  });
});
