import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { checkLocales, computeCoverage } from '../../src/translation/index.js';
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

  it("the project's own locale files have no errors", async () => {
    const result = await runQujat('locales', 'check', '--format', 'json', '--ui-lang', 'en');
    const problems = JSON.parse(result.stdout) as { severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("locales check: the labels of the forms' fields", () => {
  /** The project's locale files copied, with `edit` applied to some of them. */
  function checkEdited(edits: Record<string, (tree: Record<string, any>) => void>) {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-labels-'));
    try {
      cpSync(projectPaths.locales, dir, { recursive: true });
      for (const [file, edit] of Object.entries(edits)) {
        const tree = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        edit(tree);
        writeFileSync(join(dir, file), `${JSON.stringify(tree, null, 2)}\n`);
      }
      return checkLocales({ dir, root: dir.replace(/\/?$/, '/..'), uiLang: 'en' }).filter((problem) => !/\/web\.json$/.test(problem.place.file ?? ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reports a field without a label, a choice without a text, a list without a row name, each with the key to add', () => {
    const problems = checkEdited({
      'kk/kz-a-evaluation-sheet.json': (tree) => {
        delete tree.fields['kpis:name'];
      },
      'ru/kz-b-sheet.json': (tree) => {
        delete tree.choices['sanction:kind'].warning;
      },
      'ky/kz-reserve-list.json': (tree) => {
        delete tree.rows.candidates;
      },
      'en/kz-hr-regulation.json': (tree) => {
        delete tree.fields.units;
      },
    });
    const found = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => [problem.ruleId, problem.place.file?.split('/').slice(-2).join('/'), problem.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        [
          'missing-label',
          'kk/kz-a-evaluation-sheet.json',
          'the field /kpis/*/name of kz-a-evaluation-sheet has no label: add the text "fields.kpis:name" to this file',
        ],
        ['missing-choice-text', 'ru/kz-b-sheet.json', expect.stringContaining('"choices.sanction:kind.warning"')],
        ['missing-row-label', 'ky/kz-reserve-list.json', expect.stringContaining('"rows.candidates"')],
        ['missing-label', 'en/kz-hr-regulation.json', expect.stringContaining('"fields.units"')],
      ]),
    );
  });

  it('warns of a label for a field no form has, and of a document text in a language the document is not issued in', () => {
    const problems = checkEdited({
      'kk/kz-b-sheet.json': (tree) => {
        tree.fields.phone = 'Телефон нөмірі';
      },
      'ru/kz-b-sheet.json': (tree) => {
        tree.fields.phone = 'Номер телефона';
      },
      'ky/kz-b-sheet.json': (tree) => {
        tree.fields.phone = 'Телефон номери';
      },
      'en/kz-b-sheet.json': (tree) => {
        tree.fields.phone = 'Phone';
      },
      'ky/kz-hr-regulation.json': (tree) => {
        tree.title = '{{body}} {{service}} жөнүндө жобо';
      },
    });
    expect(problems.map((problem) => [problem.ruleId, problem.severity, problem.place.file?.split('/').slice(-2).join('/')])).toEqual(
      expect.arrayContaining([
        ['unknown-field', 'warning', 'kk/kz-b-sheet.json'],
        ['not-in-language', 'warning', 'ky/kz-hr-regulation.json'],
      ]),
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('counts a language the document is not issued in by the interface texts it needs', () => {
    const rows = computeCoverage([]);
    const regulation = rows.filter((row) => row.namespace === 'kz-hr-regulation');
    expect(regulation.map((row) => row.lang).sort()).toEqual(['en', 'kk', 'ky', 'ru']);
    expect(regulation.find((row) => row.lang === 'ky')).toMatchObject({ keys: 6, translated: 6, percent: 100 });
  });
});
