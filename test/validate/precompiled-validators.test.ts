import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findExamples } from '../../src/api/index.js';
import { projectPaths } from '../../src/core/paths.js';
import { listFormIds, loadForm } from '../../src/forms/index.js';
import { createAjv } from '../../src/validate/create-validator.js';
import { findPrecompiledValidator } from '../../src/validate/find-precompiled-validator.js';
import { precompileValidator } from '../../src/validate/precompile-validator.js';
import { withoutTexts } from '../../src/validate/validated-schema.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const folder = mkdtempSync(join(tmpdir(), 'qujat-validators-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The schema's validator as the build writes it, loaded as a process loads it. */
function loadPrecompiled(schema: Record<string, unknown>) {
  const { key, code } = precompileValidator(schema);
  writeFileSync(join(folder, `${key}.cjs`), code);
  return findPrecompiledValidator(schema, folder)!;
}

/**
 * The data, and the data broken at every place in the ways a user breaks it: a value removed, of another type,
 * empty, too long, an unknown property, a date out of range or not a date at all.
 */
function breakData(data: Json): Json[] {
  const variants: Json[] = [];
  const visit = (value: Json, replace: (next: Json | undefined) => void) => {
    const wrong: (Json | undefined)[] = [undefined, null, typeof value === 'number' ? 'x' : 42, [], {}];
    if (typeof value === 'string') wrong.push('', 'x'.repeat(5000), '0000-01-01', '2024-02-30', 'not an e-mail');
    if (typeof value === 'number') wrong.push(-1e9, 0.123456789, 1e12);
    if (Array.isArray(value)) wrong.push([null], [...value, ...value]);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) wrong.push({ ...value, unknownProperty: 1 });
    for (const next of wrong) replace(next);
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, (next) => replace(value.map((old, at) => (at === index ? next : old)) as Json)));
    else if (value !== null && typeof value === 'object') {
      for (const name of Object.keys(value)) {
        visit(value[name]!, (next) => {
          const copy = { ...value };
          if (next === undefined) delete copy[name];
          else copy[name] = next;
          replace(copy);
        });
      }
    }
  };
  visit(data, (next) => variants.push(next === undefined ? {} : next));
  return [data, ...variants];
}

/** The validity and the errors (every property of each) of the compiled and of the precompiled validator. */
function expectSameErrors(schema: Record<string, unknown>, samples: Json[]) {
  const compiled = createAjv().compile(withoutTexts(schema));
  const precompiled = loadPrecompiled(schema);
  let invalid = 0;
  for (const data of samples) {
    const valid = compiled(data);
    expect(precompiled(data)).toBe(valid);
    expect(precompiled.errors).toEqual(compiled.errors);
    if (!valid) invalid += 1;
  }
  return invalid;
}

const manifestSchema = JSON.parse(readFileSync(join(projectPaths.schemas, 'form-manifest.schema.json'), 'utf8')) as Record<string, unknown>;

describe('the precompiled validators', () => {
  it.each(listFormIds())('%s: give the errors ajv gives, on the examples and on broken data', (formId) => {
    const form = loadForm(formId)!;
    const examples = findExamples([formId]).flatMap((example) => {
      const value = JSON.parse(readFileSync(example.file, 'utf8')) as Json;
      return Array.isArray(value) ? value : [value];
    });
    expect(examples.length).toBeGreaterThan(0);
    const samples = examples.flatMap(breakData);
    const invalid = expectSameErrors(form.schema, samples);
    // Every example is valid; most broken copies are not (the comparison saw errors, not only successes).
    expect(invalid).toBeGreaterThan(samples.length / 2);
    expect(invalid).toBeLessThan(samples.length - examples.length + 1);
  });

  it("the form manifest's: give the errors ajv gives on every form's manifest and on broken ones", () => {
    const manifests = listFormIds().map((formId) => loadForm(formId)!.source!.manifest.value as Json);
    const samples = manifests.flatMap(breakData);
    expect(expectSameErrors(manifestSchema, samples)).toBeGreaterThan(samples.length / 2);
  });

  it('is found only for the very schema it was made from', () => {
    const schema = loadForm('kz-b-sheet-staff')!.schema;
    loadPrecompiled(schema);
    expect(findPrecompiledValidator(schema, folder)).toBeTypeOf('function');
    // The form's interface texts are not what it validates by; any other change is.
    const annotation = schema['x-qujat'] as Record<string, unknown>;
    expect(findPrecompiledValidator({ ...schema, 'x-qujat': { ...annotation, texts: {} } }, folder)).toBeTypeOf('function');
    expect(findPrecompiledValidator({ ...schema, required: ['date'] }, folder)).toBeUndefined();
    expect(findPrecompiledValidator(schema, join(folder, 'none'))).toBeUndefined();
  });

  it('writes the same text for the same schema', () => {
    const schema = loadForm('kz-a-evaluation-sheet')!.schema;
    expect(precompileValidator(schema)).toEqual(precompileValidator(structuredClone(schema)));
  });
});
