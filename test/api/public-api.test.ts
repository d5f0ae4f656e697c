import { describe, expect, it } from 'vitest';

import * as qujat from '../../src/index.js';
import { loadExample } from '../helpers/example.js';

describe('the public library API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(qujat).sort()).toEqual([
      'UnknownFormError',
      'checkForms',
      'compute',
      'computeParts',
      'createProject',
      'documentLanguages',
      'findExamples',
      'formatDate',
      'formatDecimal',
      'formatJson',
      'formatSarif',
      'formatStylish',
      'listForms',
      'outputFormats',
      'parseData',
      'readDataFile',
      'render',
      'startSheetFromAgreement',
      'uiLanguages',
      'validate',
      'writeDocuments',
    ]);
  });

  it('lists forms, validates, computes and renders plain objects', async () => {
    expect(qujat.listForms('en')).toContainEqual({
      id: 'kz-a-evaluation-sheet',
      title: 'Corps "A" evaluation sheet (appendix 3 to the methodology)',
      languages: ['kk', 'ru', 'ky'],
      editions: [{ id: '2025-07-28', effective: '2025-07-28' }],
    });
    const data = loadExample('kz-a-evaluation-sheet');
    expect(qujat.validate('kz-a-evaluation-sheet', data)).toEqual({ valid: true, problems: [] });
    expect(qujat.compute('kz-a-evaluation-sheet', data)).toMatchObject({
      edition: '2025-07-28',
      computed: { finalScore: 4.59, rating: 'effective' },
      problems: [],
    });
    const result = await qujat.render('kz-a-evaluation-sheet', data, { langs: ['ky'], formats: ['docx'] });
    expect(result.documents.map((document) => document.fileName)).toEqual(['kz-a-evaluation-sheet.ky.docx']);
  });

  it('places problems of a plain object by JSON pointer, and of parsed text also by line', () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.person.position;
    expect(qujat.validate('kz-a-evaluation-sheet', data, { lang: 'kk' }).problems).toEqual([
      { ruleId: 'required', severity: 'error', message: 'міндетті «Лауазымы» өрісі толтырылмаған', place: { file: undefined, pointer: '/person/position' } },
    ]);
    const parsed = qujat.parseData(JSON.stringify(data, null, 2), 'json', 'sheet.json');
    expect(qujat.validate('kz-a-evaluation-sheet', parsed).problems[0]?.place).toEqual({
      file: 'sheet.json',
      pointer: '/person/position',
      line: 3,
      column: 13,
    });
  });

  it('throws for a form that does not exist (a programming error)', () => {
    expect(() => qujat.validate('nope', {})).toThrow(qujat.UnknownFormError);
  });
});
