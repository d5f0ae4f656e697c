import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';

import { projectPaths } from '../../../src/core/paths.js';
import { edgeDate, longString, now, oddString } from './odd-strings.js';

type Schema = Record<string, any>;

const common = JSON.parse(readFileSync(join(projectPaths.schemas, 'common.schema.json'), 'utf8')) as Schema;

function resolve(node: Schema, root: Schema): Schema {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const name = ref.split('/').at(-1)!;
  return (ref.startsWith('#') ? root.$defs[name] : common.$defs[name]) as Schema;
}

/** Values of a schema node as the schema describes them (lists kept short): mostly valid data, to reach rendering. */
export function valueOf(node: Schema, root: Schema = node, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(node, root);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') {
    if (schema.format === 'date')
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10)),
        },
        { weight: 1, arbitrary: edgeDate },
      );
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern as string)).filter((text) => text.length <= 40);
    return fc.oneof(
      { weight: 3, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }) },
      { weight: 1, arbitrary: oddString },
    );
  }
  if (type === 'integer') return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 2030 });
  if (type === 'number')
    return fc
      .double({ min: schema.minimum ?? -10, max: schema.maximum ?? 200, noNaN: true, noDefaultInfinity: true })
      .map((value) => Math.round(value * 100) / 100);
  if (type === 'boolean') return fc.boolean();
  if (type === 'array') {
    const minLength = schema.minItems ?? 0;
    const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 6));
    return fc.array(depth > 6 ? fc.constant(null) : valueOf(schema.items ?? {}, root, depth + 1), { minLength, maxLength });
  }
  if (type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, value] of Object.entries(properties)) if (key !== '$schema') record[key] = valueOf(value, root, depth + 1);
    return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key: string) => key in record) });
  }
  return fc.oneof(fc.string(), fc.integer(), fc.constant(null));
}

/** A value of the wrong kind, or an oversized, odd or deeply nested one. */
const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, -0, 4.999999, '', '5', [], {}),
  oddString,
  longString,
  edgeDate,
  fc.integer({ min: 900, max: 3000 }).map((length) => Array(length).fill(0)),
  fc.integer({ min: 10, max: 90 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`)),
  fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 5 }),
);

/** Every path (property names and indexes) of a value's objects and arrays. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** The example with one value replaced, removed, or its list made long. */
export function mutationOf(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example).filter((path) => path.length > 0);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'repeat'), strangeValue).map(([path, how, strange]) => {
    const copy = structuredClone(example) as Record<string | number, unknown>;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (how === 'repeat' && Array.isArray(parent)) {
      parent.push(...Array(1200).fill(parent[Number(last)]));
    } else {
      parent[last] = strange;
    }
    return copy;
  });
}

/** Free texts (names, positions, comments) of a value, with their schema node: each may be replaced by an odd one. */
function textLeaves(node: Schema, root: Schema, value: unknown, path: (string | number)[] = []): { path: (string | number)[]; maxLength: number }[] {
  const schema = resolve(node, root);
  if (typeof value === 'string') return schema.enum || schema.const || schema.format || schema.pattern ? [] : [{ path, maxLength: schema.maxLength ?? 100 }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textLeaves(schema.items ?? {}, root, item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (schema.properties?.[key] ? textLeaves(schema.properties[key], root, item, [...path, key]) : []));
  }
  return [];
}

/** The example, valid but for its texts: some replaced by odd ones (controls, surrogates, bidi, marks) that fit. */
export function oddTextsOf(schema: Schema, example: unknown): fc.Arbitrary<unknown> {
  const leaves = textLeaves(schema, schema, example);
  return fc.array(fc.tuple(fc.constantFrom(...leaves), oddString), { minLength: 1, maxLength: 4 }).map((edits) => {
    const copy = structuredClone(example) as Record<string | number, unknown>;
    for (const [{ path, maxLength }, odd] of edits) {
      let parent: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[path.at(-1)!] = odd.slice(0, maxLength) || 'x';
    }
    return copy;
  });
}

/**
 * A text of many values, written out rather than made as a value (which would cost the generator what it should
 * cost the reader): a flow list `[1, 1, …]`, lines `- 1`, or a list repeated by YAML aliases, near and past the
 * limits on values and aliases.
 */
const manyValues = fc
  .tuple(fc.constantFrom('flow', 'lines', 'aliases'), fc.integer({ min: 900, max: 600_000 }), fc.constantFrom('json', 'yaml') as fc.Arbitrary<'json' | 'yaml'>)
  .map(([how, count, format]) => {
    if (how === 'flow') return { text: `{"units": [${'1, '.repeat(count)}1]}`, format };
    if (how === 'lines') return { text: `units:\n${'- 1\n'.repeat(count)}`, format: 'yaml' as const };
    const aliases = count % 300;
    return { text: `a: &a [${'x, '.repeat(999)}x]\nunits: [${'*a, '.repeat(aliases)}*a]\n`, format: 'yaml' as const };
  });

/** A data file's text for a form: from its schema or its example mutated, as JSON or YAML, sometimes cut short. */
export function dataFileOf(schema: Schema, example: unknown): fc.Arbitrary<{ text: string; format: 'json' | 'yaml' }> {
  const value = fc.oneof(
    { weight: 2, arbitrary: valueOf(schema) },
    { weight: 3, arbitrary: mutationOf(example) },
    { weight: 3, arbitrary: oddTextsOf(schema, example) },
    { weight: 1, arbitrary: strangeValue },
  );
  const fromValue = fc
    .tuple(value, fc.constantFrom('json', 'yaml') as fc.Arbitrary<'json' | 'yaml'>, now(fc.integer({ min: 0, max: 400 }), 12))
    .map(([data, format, cut]) => {
      const text = format === 'json' ? (JSON.stringify(data, null, 1) ?? 'null') : toYaml(data ?? null);
      return { text: cut === null ? text : text.slice(0, cut), format };
    });
  return fc.oneof({ weight: 30, arbitrary: fromValue }, { weight: 1, arbitrary: manyValues });
}
