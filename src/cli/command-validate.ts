import type { Command } from 'commander';

import { hasErrors } from '../core/problems/index.js';
import { applyOverrides } from './apply-overrides.js';
import { readChoice, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

interface ValidateOptions {
  lang?: string;
  format: string;
  date?: string;
  edition?: string;
}

const choices = optionTable.validate;

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description("check a JSON or YAML data file against the form's schema and rules")
    .argument('<form-id>', 'form id (see `qujat forms`)')
    .argument('<data-file>', 'data file (.json, .yaml, .yml)')
    .addOption(toCommanderOption(choices.lang))
    .addOption(toCommanderOption(choices.format))
    .option('--date <date>', "document date YYYY-MM-DD (replaces the data's date)")
    .option('--edition <id>', 'form edition (default: the one in force on the document date)')
    .action(async (formId: string, file: string, options: ValidateOptions) => {
      const [{ checkFormData }, { loadDataOrExit, loadFormOrExit }] = await Promise.all([import('../pipeline/check-form-data.js'), import('./load-input.js')]);
      const lang = resolveUiLanguage(options.lang, choices.lang);
      const translator = cliTranslator(lang);
      const format = readChoice(choices.format, options.format, translator);
      const form = loadFormOrExit(formId, translator);
      const data = applyOverrides(await loadDataOrExit(file, translator), options, translator);
      const { problems } = checkFormData(form, data, lang);
      printProblems(problems, format, lang);
      if (problems.length === 0 && format === 'stylish') process.stdout.write(`${translator.t('valid', 'cli', { file })}\n`);
      process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
    });
}
