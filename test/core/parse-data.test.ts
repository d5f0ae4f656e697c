import { describe, expect, it } from 'vitest';

import { parseData } from '../../src/core/data/index.js';

describe('parseData', () => {
  it('locates any JSON pointer in JSON text', () => {
    const data = parseData('{\n  "kpis": [\n    { "score": 4.9 },\n    { "score": 1 }\n  ]\n}\n', 'json', 'a.json');
    expect(data.problems).toEqual([]);
    expect(data.locate('/kpis/1/score')).toEqual({ line: 4, column: 16 });
    expect(data.locate('/kpis/0')).toEqual({ line: 3, column: 5 });
  });

  it('places a missing property at its parent object', () => {
    const data = parseData('person:\n  fullName: Асанов\n', 'yaml', 'a.yaml');
    expect(data.locate('/person/position')).toEqual({ line: 2, column: 3 });
  });

  it('reports JSON syntax errors with their line and column, and YAML leniency does not pass for JSON', () => {
    const data = parseData('{\n  "a": 1,\n}\n', 'json', 'bad.json');
    expect(data.value).toBeUndefined();
    expect(data.problems).toHaveLength(1);
    expect(data.problems[0]).toMatchObject({ ruleId: 'syntax', place: { file: 'bad.json', line: 3, column: 1 } });
  });

  it('refuses duplicate keys', () => {
    const data = parseData('a: 1\na: 2\n', 'yaml');
    expect(data.problems[0]).toMatchObject({ ruleId: 'syntax', place: { line: 2, column: 1 } });
  });

  it('reports an alias to no anchor, and aliases that expand without end, as syntax problems', () => {
    const unresolved = parseData('date: *x\n', 'yaml', 'a.yaml');
    expect(unresolved.value).toBeUndefined();
    expect(unresolved.problems).toEqual([expect.objectContaining({ ruleId: 'syntax', message: expect.stringContaining('Unresolved alias') })]);
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`),
    ].join('\n');
    expect(parseData(laughs, 'yaml').problems).toEqual([expect.objectContaining({ ruleId: 'syntax' })]);
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(parseData('\uFEFF{"a": "ә"}', 'json').value).toEqual({ a: 'ә' });
  });
});
