import { describe, expect, it } from 'vitest';

import { optionName, readChoices } from '../../src/cli/choice-option.js';
import { createProgram } from '../../src/cli/main.js';
import { optionTable } from '../../src/cli/option-table.js';
import { createTranslator } from '../../src/core/i18n/index.js';
import { profileIds } from '../../src/regulation/index.js';
import { runQujat } from '../helpers/run-cli.js';

const draft = 'test/fixtures/regulations/kg-min-agriculture-hr-department.ky.md';
const example = 'schemas/examples/kz-b-sheet-staff.json';

describe('the CLI options declared once (src/cli/option-table.ts)', () => {
  it.each([
    // One value given a list: refused as such, naming the option (was: taken as "kz,kg", or its first item kept silently).
    [['check', draft, '--profile', 'kz,kg'], '--profile takes one value, not a list: "kz,kg"; use one of: kz, kg'],
    [['check', draft, '--format', 'json,sarif'], '--format takes one value, not a list: "json,sarif"; use one of: stylish, json, sarif'],
    // A wrong value: the option, the value, what it allows, in the words of that option (a profile is not a "format").
    [['check', draft, '--profile', 'uz'], '--profile: unknown profile "uz"; use one of: kz, kg, or leave --profile out to detect it'],
    [['render', 'kz-b-sheet-staff', example, '--format', 'pdf,odt'], '--format: unknown format "odt"; use one of: pdf, docx'],
    [
      ['render', 'kz-b-sheet-staff', example, '--lang', 'kk,de'],
      '--lang: unknown language "de"; use one of: kk, ru, ky, kk+ru, kk+ky, ru+kk, ru+ky, ky+kk, ky+ru',
    ],
    [['forms', '--lang', 'de'], '--lang: unknown language "de"; use one of: kk, ru, ky, en'],
    [['render', 'kz-b-sheet-staff', example, '--ui-lang', 'de'], '--ui-lang: unknown language "de"; use one of: kk, ru, ky, en'],
    [
      ['locales', 'export', '--lang', 'ru', '--xliff', '3.0', '--out', 'never-written.xlf', '--ui-lang', 'en'],
      '--xliff: unknown version "3.0"; use one of: 2.0, 1.2',
    ],
  ])('%j: a usage error naming the option and what it allows', async (args, message) => {
    const result = await runQujat(...args);
    expect(result.stderr).toBe(`qujat: ${message}\n`);
    expect(result.code).toBe(2);
  });

  it('says it in the language of the messages', async () => {
    const result = await runQujat('check', draft, '--profile', 'kz,kg', '--ui-lang', 'ru');
    expect(result.stderr).toBe('qujat: --profile принимает одно значение, а не список: «kz,kg»; допустимы: kz, kg\n');
  });

  it('still takes `--profile auto`, a list where a list is meant, and each value once', async () => {
    const checked = await runQujat('check', draft, '--profile', 'auto', '--format', 'json', '--ui-lang', 'en');
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('a draft of Kyrgyzstan (kg) in Kyrgyz (ky)');
    expect(readChoices(optionTable.render.lang, ' kk, ru+kk ,kk,', createTranslator('en'))).toEqual(['kk', 'ru+kk']);
  });

  it('offers the profiles the regulation checker has', () => {
    expect(optionTable.check.profile.allowed).toEqual(profileIds);
  });

  it('gives --help each option as the table declares it', async () => {
    const program = await createProgram();
    const commands = {
      forms: ['forms'],
      validate: ['validate'],
      compute: ['compute'],
      render: ['render'],
      batch: ['batch'],
      init: ['init'],
      check: ['check'],
      surveySummarize: ['survey', 'summarize'],
      localesCheck: ['locales', 'check'],
      localesExport: ['locales', 'export'],
    } as const;
    for (const [key, path] of Object.entries(commands)) {
      const command = path.reduce((parent, name) => parent.commands.find((child) => child.name() === name)!, program);
      for (const option of Object.values(optionTable[key as keyof typeof commands])) {
        const declared = command.options.find((candidate) => candidate.long === optionName(option));
        expect(declared, `${path.join(' ')} ${optionName(option)}`).toMatchObject({
          flags: option.flags,
          description: option.help,
          defaultValue: option.default,
          mandatory: option.required ?? false,
        });
      }
    }
  });
});
