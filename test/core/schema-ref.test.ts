import { describe, expect, it } from 'vitest';

import { commonSchemaId, createSchemaResolver, findSchemaAt } from '../../src/core/schema/index.js';

const common = { $id: commonSchemaId, $defs: { date: { type: 'string', format: 'date' }, score: { type: ['number', 'null'], minimum: 0 } } };
const root = {
  type: 'object',
  $defs: { kpi: { type: 'object', properties: { score: { $ref: `${commonSchemaId}#/$defs/score`, maximum: 5 }, 'a/b': { type: 'boolean' } } } },
  properties: {
    date: { $ref: `${commonSchemaId}#/$defs/date` },
    kpis: { type: 'array', items: { $ref: '#/$defs/kpi' } },
    pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
    actual: { type: 'object', additionalProperties: { type: 'number' } },
    lost: { $ref: '#/$defs/none', title: 'kept' },
  },
};

describe('one $ref resolver for the CLI, the batch, the server and the browser', () => {
  const resolve = createSchemaResolver<Record<string, unknown>>(root, common);

  it("follows the form's own and the shared definitions, the referring node's keywords winning", () => {
    expect(resolve({ $ref: `${commonSchemaId}#/$defs/date` })).toEqual({ type: 'string', format: 'date' });
    expect(findSchemaAt(root, ['kpis', '3', 'score'], resolve)).toEqual({ type: ['number', 'null'], minimum: 0, maximum: 5 });
  });

  it("walks list items, a tuple's places, a map's values and escaped keys; an unknown reference leaves the node's own keywords", () => {
    expect(findSchemaAt(root, ['pair', '1'], resolve)).toEqual({ type: 'integer' });
    expect(findSchemaAt(root, ['actual', 'kpi-7'], resolve)).toEqual({ type: 'number' });
    expect(findSchemaAt(root, ['kpis', '0', 'a/b'], resolve)).toEqual({ type: 'boolean' });
    expect(findSchemaAt(root, ['lost'], resolve)).toEqual({ title: 'kept' });
    expect(findSchemaAt(root, ['date', 'deeper'], resolve)).toBeUndefined();
  });

  it('without the shared definitions, a shared reference is dropped (as the validator would refuse it)', () => {
    expect(createSchemaResolver<Record<string, unknown>>(root)({ $ref: `${commonSchemaId}#/$defs/date`, title: 't' })).toEqual({ title: 't' });
  });
});
