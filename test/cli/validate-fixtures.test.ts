import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { runQujat } from '../helpers/run-cli.js';

const dir = 'test/fixtures/kz-a-evaluation-sheet';
const inputs = readdirSync(dir)
  .filter((file) => /^[\w-]+\.(json|yaml)$/.test(file))
  .sort();
const expectedFile = (input: string, suffix: string) => `${dir}/${input.replace(/\.(json|yaml)$/, '')}.expected${suffix}`;

/**
 * Golden reports: each data file under test/fixtures/<form-id>/ has its expected `validate --format json --lang en`
 * report beside it (`<name>.expected.json`), and some their stylish report in a user language (`<name>.expected.<lang>.txt`).
 */
describe('validate: fixtures with expected reports', () => {
  it('has fixtures', () => {
    expect(inputs).toEqual(['schema-errors.yaml', 'score-above-max.json', 'syntax-error.json']);
  });

  it.each(inputs)('%s gives the expected JSON report and exit 1', async (input) => {
    const result = await runQujat('validate', 'kz-a-evaluation-sheet', `${dir}/${input}`, '--format', 'json', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(expectedFile(input, '.json'), 'utf8')));
  });

  it.each(readdirSync(dir).filter((file) => /\.expected\.(kk|ru|ky)\.txt$/.test(file)))('%s: the stylish report in the user language', async (expected) => {
    const [, name, lang] = /^(.*)\.expected\.(kk|ru|ky)\.txt$/.exec(expected)!;
    const input = inputs.find((file) => file.startsWith(`${name}.`))!;
    const result = await runQujat('validate', 'kz-a-evaluation-sheet', `${dir}/${input}`, '--lang', lang!);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(readFileSync(`${dir}/${expected}`, 'utf8'));
  });
});
