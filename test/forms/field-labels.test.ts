import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { compute, findExamples } from '../../src/api/index.js';
import { parseData } from '../../src/core/data/index.js';
import { fieldKeyOf, formTexts, listFormFields, listFormIds, loadForm } from '../../src/forms/index.js';
import { createValidator } from '../../src/validate/index.js';

const languages = ['kk', 'ru', 'ky', 'en'] as const;
/** Latin letters that may stand in a Kazakh, Russian or Kyrgyz label: the "HR" of the Concept's indicator. */
const allowedLatin = /\bHR\b/g;

type Json = Record<string, unknown>;

function exampleData(file: string): Json {
  return parseData(readFileSync(file, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml').value as Json;
}

/** The derived values as the web app lists them: each value of an object, a list of rows as a table, a list of rows within a row as a table of its own. */
function computedEntries(value: unknown, key: string[] = []): { key: string; value: unknown }[] {
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    const rows = value as Json[];
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))];
    return [
      { key: key.join(':'), value },
      ...columns.flatMap((column) =>
        rows.flatMap((row) => {
          const cell = row?.[column];
          return Array.isArray(cell) && cell.some((item) => item !== null && typeof item === 'object')
            ? computedEntries(cell, [...key, column])
            : [{ key: [...key, column].join(':'), value: cell }];
        }),
      ),
    ];
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([child, childValue]) => computedEntries(childValue, [...key, child]));
  }
  return [{ key: key.join(':'), value }];
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Data that brings out the derived values the examples do not have (the appeal deadline, ineligibility, the agreement's deadline). */
const variants: Record<string, Json[]> = {
  'kz-a-evaluation-sheet': [{ acquaintedOn: '2026-01-21' }, { positionSince: '2025-11-01' }],
  'kz-b-sheet-staff': [{ acquaintedOn: '2026-04-21' }, { positionSince: '2026-03-20' }],
  'kz-b-sheet-manager': [{ acquaintedOn: '2026-04-21' }],
  'kz-a-agreement-cat1': [{ approvedOn: '2026-02-12' }],
};

describe.each(listFormIds())('form %s: texts of the web app and the messages', (formId) => {
  const form = loadForm(formId)!;
  const fields = listFormFields(form.schema);

  it.each(languages)('every field has a label in %s, every list a name for its rows, every choice a text for each value', (lang) => {
    const texts = formTexts(form, lang);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !texts.fields[field.key]).map((field) => field.pointer)).toEqual([]);
    expect(fields.filter((field) => field.rows && !texts.rows[field.key]).map((field) => field.pointer)).toEqual([]);
    const missingChoices = fields.flatMap((field) =>
      (field.choices ?? []).filter((value) => /\p{L}/u.test(value) && !texts.choices[field.key]?.[value]).map((value) => `${field.pointer} ${value}`),
    );
    expect(missingChoices).toEqual([]);
  });

  it.each(languages)('every derived value has a label in %s, and every coded one a text', async (lang) => {
    const texts = formTexts(form, lang);
    const examples = findExamples([formId]).map((example) => exampleData(example.file));
    const inputs = [...examples, ...(variants[formId] ?? []).map((patch) => ({ ...examples[0], ...patch }))];
    const unlabelled = new Set<string>();
    const uncoded = new Set<string>();
    for (const data of inputs) {
      const { computed } = compute(formId, data, { lang: 'en' });
      expect(computed, JSON.stringify(data).slice(0, 80)).toBeDefined();
      const fromData = new Set(stringsOf(data));
      for (const { key, value } of computedEntries(computed)) {
        if (!texts.computed[key]) unlabelled.add(key);
        // A code of the rules (`effective`, `unit-head`), not a value copied from the data (a position's id).
        if (typeof value === 'string' && /^[a-z]+(-[a-z]+)*$/.test(value) && !fromData.has(value) && !texts.choices[key]?.[value])
          uncoded.add(`${key} ${value}`);
      }
    }
    expect([...unlabelled]).toEqual([]);
    expect([...uncoded]).toEqual([]);
  });

  it.each(['kk', 'ru', 'ky'] as const)('its %s texts are in that language: no Latin letters', (lang) => {
    const texts = formTexts(form, lang);
    const all = [
      ...Object.values(texts.fields),
      ...Object.values(texts.rows),
      ...Object.values(texts.computed),
      ...Object.values(texts.choices).flatMap((values) => Object.values(values)),
      ...Object.values(texts.rowNames).flat(),
    ];
    expect(all.filter((text) => /[A-Za-z]/.test(text.replace(allowedLatin, '')))).toEqual([]);
  });

  it('travels with its schema (for the web app) and is left out of validation', () => {
    const texts = (form.schema['x-qujat'] as { texts: Record<string, { fields: Record<string, string> }> }).texts;
    expect(Object.keys(texts).sort()).toEqual(['en', 'kk', 'ky', 'ru']);
    expect(texts.kk!.fields.date).toBe(formTexts(form, 'kk').fields.date);
    expect((createValidator(form.schema).schema as Json)['x-qujat']).toBeUndefined();
  });

  it('names no property by digits only (a segment of digits in a pointer is a row)', () => {
    expect(fields.filter((field) => field.pointer.split('/').some((segment) => /^\d+$/.test(segment)))).toEqual([]);
  });
});

describe('field keys and row names', () => {
  it('a pointer gives its field key: rows left out, names joined by ":"', () => {
    expect(fieldKeyOf('/kpis/2/name')).toBe('kpis:name');
    expect(fieldKeyOf('/calendar/transfers/0/kind')).toBe('calendar:transfers:kind');
    expect(fieldKeyOf('/summary/questions/3/answers/1/option')).toBe('summary:questions:answers:option');
    expect(fieldKeyOf('/date')).toBe('date');
  });

  it('names each parameter row of the Corps "B" sheets by its title, as the sheet prints it', () => {
    expect(formTexts(loadForm('kz-b-sheet-staff')!, 'kk').rowNames.parameters).toEqual([
      'Функционалдық міндеттерді орындау сапасы',
      'Міндеттерді орындау мерзімдерін сақтау',
      'Дербестік және бастамашылдық',
      'Еңбек тәртібін сақтау',
      'Тәртіптік жазалардың болмауы',
    ]);
    expect(formTexts(loadForm('kz-b-sheet-manager')!, 'ru').rowNames.parameters?.[2]).toBe('Навыки лидерства и принятия решений');
    expect(formTexts(loadForm('kz-b-sheet-staff')!, 'ky').rowNames.parameters).toHaveLength(5);
    // No parameter titles in English: the rows are numbered instead.
    expect(formTexts(loadForm('kz-b-sheet-staff')!, 'en').rowNames.parameters).toBeUndefined();
  });

  it('a form issued in two languages has its labels in every interface language', () => {
    expect(formTexts(loadForm('kz-hr-regulation')!, 'ky').fields.units).toBe('Кызматтын түзүмдүк бөлүмдөрү');
    expect(formTexts(loadForm('kg-hr-regulation')!, 'kk').fields.additionalFunctions).toBe('Қосымша функциялар');
  });
});
