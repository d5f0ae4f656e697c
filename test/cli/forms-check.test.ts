import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { listFormIds } from '../../src/forms/index.js';
import { fixturesDir } from '../helpers/example.js';
import { runQujat } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'qujat-forms-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The form of test/api/own-form.test.ts, with two mistakes: a misspelt key and a template that is not there. */
function plantMistakes(): string {
  cpSync(`${fixturesDir}own-form`, dir, { recursive: true });
  const manifest = join(dir, 'templates', 'staff-note', 'form.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('orientation:', 'orientaton:').replace('template: note.md.hbs', 'template: notes.md.hbs'));
  return manifest;
}

describe('qujat forms --check', () => {
  it('finds no problem in the shipped forms: exit 0', async () => {
    const result = await runQujat('forms', '--check', '--lang', 'en');
    expect(result).toEqual({ code: 0, stdout: `${listFormIds().length} forms checked: no problems\n`, stderr: '' });
  });

  it("lists every problem of a folder's forms with file:line, in the user's language: exit 1", async () => {
    const manifest = plantMistakes();
    const stylish = await runQujat('forms', '--check', '--project', dir, '--lang', 'en');
    expect(stylish.code).toBe(1);
    expect(stylish.stderr).toContain(`${manifest}\n  6:13 /orientaton  error  unknown field "orientaton"  additionalProperties\n`);
    expect(stylish.stderr).not.toMatch(/\n\s+at /);
    const json = await runQujat('forms', '--check', '--project', dir, '--lang', 'ru', '--format', 'json');
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as { ruleId: string; message: string; place: { file: string; line: number } }[];
    expect(problems.map((problem) => [problem.ruleId, problem.place.file, problem.place.line])).toEqual([['additionalProperties', manifest, 6]]);
    expect(problems[0]!.message).toBe('неизвестное поле «orientaton»');
  });

  it("once the manifest's schema holds: what it names that is not there (the template)", async () => {
    const manifest = join(dir, 'templates', 'staff-note', 'form.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('orientaton:', 'orientation:'));
    const json = await runQujat('forms', '--check', '--project', dir, '--format', 'json', '--lang', 'en');
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as { ruleId: string; message: string; place: { file: string; line: number } }[];
    expect(problems.map((problem) => [problem.ruleId, problem.place.file, problem.place.line, problem.message])).toEqual([
      [
        'form-template-missing',
        manifest,
        16,
        `the template "notes.md.hbs" of the edition "2026-01-01" is not in the form's folder ${join(dir, 'templates', 'staff-note')}`,
      ],
    ]);
  });
});
