import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLocales } from '../../src/translation/index.js';
import { runQujat } from '../helpers/run-cli.js';

const dir = 'test/fixtures/locales/defects';
const usage = {
  keys: new Map([['demo', new Set(['greeting', 'missing', 'empty', 'same', 'nested', 'files', 'mixed', 'dot', 'ghost'])]]),
  prefixes: new Map<string, Set<string>>(),
};

describe('locales check: fixtures with planted defects', () => {
  it('reports every planted defect with file, key, line:column, severity, message and fix (expected report as a file)', () => {
    const problems = checkLocales({ dir, root: process.cwd(), usage, uiLang: 'en' });
    expect(JSON.parse(JSON.stringify(problems))).toEqual(JSON.parse(readFileSync(`${dir}.expected.json`, 'utf8')));
  });

  it('the project\'s own locale files have no errors', async () => {
    const result = await runQujat('locales', 'check', '--format', 'json', '--ui-lang', 'en');
    const problems = JSON.parse(result.stdout) as { severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
  });
});
