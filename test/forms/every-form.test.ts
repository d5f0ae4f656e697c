import { describe, expect, it } from 'vitest';

import { defaultProject } from '../../src/core/project/index.js';
import { listFormIds, loadForm } from '../../src/forms/index.js';
import { findExamples, readDataFile, validate } from '../../src/index.js';

type Json = Record<string, unknown>;

/** Every property of a schema, with its JSON path, to check that each has a description. */
function collectProperties(schema: Json, path = '#'): [string, Json][] {
  const entries: [string, Json][] = [];
  for (const [name, value] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    entries.push([`${path}/properties/${name}`, value], ...collectProperties(value, `${path}/properties/${name}`));
    if (value.items) entries.push(...collectProperties(value.items as Json, `${path}/properties/${name}/items`));
  }
  for (const [name, value] of Object.entries((schema.$defs ?? {}) as Record<string, Json>)) {
    entries.push(...collectProperties(value, `${path}/$defs/${name}`));
  }
  return entries;
}

/** Leaf keys of a locale namespace, plural suffixes folded, `_meta` left out. */
function collectKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(value)
    .filter(([key]) => key !== '_meta')
    .flatMap(([key, child]) => collectKeys(child, prefix ? `${prefix}.${key}` : key));
}

const locales = defaultProject().locales();
const keysOf = (lang: string, ns: string) => [...new Set(collectKeys(locales[lang]?.[ns] ?? {}))].sort();

describe.each(listFormIds())('form %s', (formId) => {
  const form = loadForm(formId)!;

  it('has a draft 2020-12 schema with a stable $id and a description on every property', () => {
    expect(form.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(form.schema.$id).toBe(`urn:qujat:schema:${formId}`);
    const undescribed = collectProperties(form.schema)
      .filter(([, property]) => typeof property.description !== 'string')
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('has examples, and each is valid', async () => {
    const examples = findExamples([formId]);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const read = await readDataFile(example.file);
      // An example dated after an amending act whose text qujat does not have yet is valid, with the edition warning.
      expect(read.ok && validate(formId, read.data).problems.filter((problem) => problem.ruleId !== 'edition-outdated')).toEqual([]);
    }
  });

  it('has the same texts in every language', () => {
    const [first, ...others] = form.manifest.languages;
    const reference = keysOf(first!, form.manifest.namespace);
    expect(reference.length).toBeGreaterThan(0);
    for (const lang of others) expect(keysOf(lang, form.manifest.namespace)).toEqual(reference);
  });
});

describe('interface texts', () => {
  it.each(['errors', 'cli', 'forms'])('%s has the same keys in kk, ru, ky and en', (ns) => {
    const reference = keysOf('en', ns);
    for (const lang of ['kk', 'ru', 'ky']) expect(keysOf(lang, ns)).toEqual(reference);
  });

  it('every form has a title in every interface language', () => {
    for (const lang of ['kk', 'ru', 'ky', 'en']) expect(keysOf(lang, 'forms')).toEqual(listFormIds());
  });
});
