import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkForms, compute, computeParts, createProject, findExamples, formatDate, listForms, readDataFile, render, validate } from '../../src/index.js';
import { fixturesDir } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

/**
 * A form of one's own, added in a folder of its own through the public API only (its manifest, schema, template,
 * texts and example: test/fixtures/own-form, copied to a temporary folder; nothing in src/).
 */
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOwnForm(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qujat-own-form-'));
  folders.push(dir);
  cpSync(`${fixturesDir}own-form`, dir, { recursive: true });
  return dir;
}

const titles = { kk: 'Кезекшілік туралы анықтама', ru: 'Справка о дежурстве', ky: 'Кезмектик жөнүндө маалымкат' } as const;

describe("a form of one's own, in a folder beside the shipped ones", () => {
  const dir = copyOwnForm();
  const project = createProject({ roots: [dir] });

  it('is listed with the shipped forms, with its title; and alone without them', () => {
    const ids = listForms('ru', project).map((form) => form.id);
    expect(ids).toContain('staff-note');
    expect(ids).toContain('kz-a-evaluation-sheet');
    expect(listForms('ru', project).find((form) => form.id === 'staff-note')).toEqual({
      id: 'staff-note',
      title: titles.ru,
      languages: ['kk', 'ru', 'ky'],
      editions: [{ id: '2026-01-01', effective: '2026-01-01' }],
    });
    expect(listForms('en', createProject({ roots: [dir], shipped: false })).map((form) => form.id)).toEqual(['staff-note']);
    // The shipped project knows nothing of it.
    expect(listForms('en').map((form) => form.id)).not.toContain('staff-note');
    expect(checkForms({ project })).toEqual([]);
  });

  it('validates its example (read with positions), computes it and checks its rule module', async () => {
    const [example] = findExamples(['staff-note'], project);
    expect(example).toEqual({ formId: 'staff-note', name: 'default', file: join(dir, 'schemas', 'examples', 'staff-note.json') });
    const read = await readDataFile(example!.file);
    if (!read.ok) throw new Error(read.detail);
    expect(validate('staff-note', read.data, { project })).toEqual({ valid: true, problems: [] });
    expect(compute('staff-note', read.data, { project })).toEqual({ computed: {}, edition: '2026-01-01', problems: [] });
    const reversed = { ...(read.data.value as object), period: { from: '2026-02-27', to: '2026-01-05' } };
    expect(validate('staff-note', reversed, { project }).problems.map((problem) => [problem.ruleId, problem.place.pointer])).toEqual([
      ['period-order', '/period/to'],
    ]);
    // A missing field is named by the form's own label, in the user's language.
    const missing = validate('staff-note', { ...(read.data.value as object), person: { fullName: 'А' } }, { project, lang: 'ru' });
    expect(missing.problems.map((problem) => problem.message)).toEqual(['не заполнено обязательное поле «Должность»']);
    // The derived values of partly valid data come from the same project (its form and texts).
    const parts = computeParts('staff-note', { ...(read.data.value as object), person: { fullName: 'А' } }, { project, lang: 'ru' });
    expect([parts.problems.map((problem) => problem.message), parts.partial, parts.computed]).toEqual([
      ['не заполнено обязательное поле «Должность»'],
      true,
      null,
    ]);
  });

  it("renders it in kk, ru and ky: the PDF's text and the DOCX's XML have its texts and the data", async () => {
    const data = JSON.parse(readFileSync(join(dir, 'schemas', 'examples', 'staff-note.json'), 'utf8'));
    const result = await render('staff-note', data, { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'], project });
    expect(result.problems).toEqual([]);
    expect(result.documents.map((document) => document.fileName)).toEqual([
      'staff-note.kk.pdf',
      'staff-note.kk.docx',
      'staff-note.ru.pdf',
      'staff-note.ru.docx',
      'staff-note.ky.pdf',
      'staff-note.ky.docx',
    ]);
    const on = (date: string, lang: 'kk' | 'ru' | 'ky') => formatDate(date, lang, 'dateline');
    const periods = {
      kk: `Кезекшілік кезеңі: ${on('2026-01-05', 'kk')} бастап ${on('2026-02-27', 'kk')} дейін`,
      ru: `Период дежурства: с ${on('2026-01-05', 'ru')} по ${on('2026-02-27', 'ru')}`,
      ky: `Кезмектик мезгили: ${on('2026-01-05', 'ky')} баштап ${on('2026-02-27', 'ky')} чейин`,
    };
    expect(periods.kk).toBe('Кезекшілік кезеңі: 2026 жылғы 5 қаңтар бастап 2026 жылғы 27 ақпан дейін');
    for (const lang of ['kk', 'ru', 'ky'] as const) {
      const pdf = result.documents.find((document) => document.lang === lang && document.format === 'pdf')!;
      const text = (await extractPdfText(pdf.bytes)).text.replace(/\s+/g, ' ');
      expect([lang, text.includes(titles[lang]), text.includes('Серікбаев Нұрлан Айдарұлы, бас маман'), text.includes(periods[lang])]).toEqual([
        lang,
        true,
        true,
        true,
      ]);
      const docx = readDocx(result.documents.find((document) => document.lang === lang && document.format === 'docx')!.bytes);
      const texts = docx.blocks.map((block) => (block.kind === 'p' ? block.text : ''));
      expect([lang, texts.includes(titles[lang]), texts.includes(periods[lang])]).toEqual([lang, true, true]);
      expect(docx.xml('word/document.xml')).toContain(`w:val="${{ kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG' }[lang]}"`);
    }
  });
});

/** A mistake planted in a copy of the form: what to change, and the problem it must give (file, line, message). */
const mistakes: { name: string; plant: (dir: string) => void; file: string; line: number; ruleId: string; message: string }[] = [
  {
    name: 'a misspelt key (langauges:)',
    plant: (dir) => edit(join(dir, 'templates/staff-note/form.yaml'), 'languages:', 'langauges:'),
    file: 'templates/staff-note/form.yaml',
    line: 4,
    ruleId: 'additionalProperties',
    message: 'unknown field "langauges"',
  },
  {
    name: 'a wrong template name',
    plant: (dir) => edit(join(dir, 'templates/staff-note/form.yaml'), 'template: note.md.hbs', 'template: notes.md.hbs'),
    file: 'templates/staff-note/form.yaml',
    line: 16,
    ruleId: 'form-template-missing',
    message: 'the template "notes.md.hbs" of the edition "2026-01-01" is not in the form\'s folder',
  },
  {
    name: 'the texts missing in one language (ky)',
    plant: (dir) => rmSync(join(dir, 'locales/ky/staff-note.json')),
    file: 'templates/staff-note/form.yaml',
    line: 4,
    ruleId: 'form-namespace-missing',
    message: 'the form is issued in ky, but its texts are missing: there is no locales/ky/staff-note.json',
  },
  {
    name: 'a CSV column not in the schema',
    plant: (dir) => edit(join(dir, 'templates/staff-note/form.yaml'), 'position: /person/position', 'position: /person/post'),
    file: 'templates/staff-note/form.yaml',
    line: 12,
    ruleId: 'form-column-unknown',
    message: 'the CSV column "position" fills "/person/post", which is not a field of the form\'s schema',
  },
  {
    name: 'a schema without date',
    plant: (dir) => {
      const file = join(dir, 'schemas/staff-note.schema.json');
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      delete schema.properties.date;
      schema.required = ['person', 'period'];
      writeFileSync(file, JSON.stringify(schema, null, 2));
    },
    file: 'schemas/staff-note.schema.json',
    line: 12,
    ruleId: 'form-date-missing',
    message: 'the form\'s schema does not require a "date"',
  },
  {
    name: 'an unknown rule module',
    plant: (dir) => edit(join(dir, 'templates/staff-note/form.yaml'), 'rules: [period-order]', 'rules: [period-ordre]'),
    file: 'templates/staff-note/form.yaml',
    line: 5,
    ruleId: 'form-rule-unknown',
    message: 'there is no rule module "period-ordre"',
  },
];

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe.each(mistakes)("a form of one's own with $name", ({ plant, file, line, ruleId, message }) => {
  const dir = copyOwnForm();
  plant(dir);
  const project = createProject({ roots: [dir] });
  const data = JSON.parse(readFileSync(join(dir, 'schemas', 'examples', 'staff-note.json'), 'utf8'));

  it('is refused by validate, compute and render with a clear problem naming the file and line, and no stack trace', async () => {
    const expected = { ruleId, severity: 'error', message: expect.stringContaining(message), place: expect.objectContaining({ file: join(dir, file), line }) };
    expect(checkForms({ project })).toContainEqual(expect.objectContaining(expected));
    const validated = validate('staff-note', data, { project });
    expect(validated.valid).toBe(false);
    expect(validated.problems).toContainEqual(expect.objectContaining(expected));
    expect(compute('staff-note', data, { project }).computed).toBeUndefined();
    const rendered = await render('staff-note', data, { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'], project });
    expect(rendered.documents).toEqual([]);
    expect(rendered.problems).toContainEqual(expect.objectContaining(expected));
    for (const problem of rendered.problems) expect(`${problem.message} ${problem.expected ?? ''}`).not.toMatch(/\n\s+at |Error:/);
  });
});
