import type { Command } from 'commander';

import { applyOverrides } from './apply-overrides.js';
import { toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

const choices = optionTable.compute;

export function registerCompute(program: Command): void {
  program
    .command('compute')
    .description('print, as JSON, the values the form derives from the data')
    .argument('<form-id>', 'form id (see `qujat forms`)')
    .argument('<data-file>', 'data file (.json, .yaml, .yml)')
    .addOption(toCommanderOption(choices.lang))
    .option('--date <date>', "document date YYYY-MM-DD (replaces the data's date)")
    .option('--edition <id>', 'form edition')
    .option('--partial', 'with data that has errors, print still the values that can be computed (null where a value depends on an error); exit 1')
    .action(async (formId: string, file: string, options: { lang?: string; date?: string; edition?: string; partial?: boolean }) => {
      const [{ checkFormData, computeValidParts }, { loadDataOrExit, loadFormOrExit }] = await Promise.all([
        import('../pipeline/index.js'),
        import('./load-input.js'),
      ]);
      const lang = resolveUiLanguage(options.lang, choices.lang);
      const translator = cliTranslator(lang);
      const form = loadFormOrExit(formId, translator);
      const data = applyOverrides(await loadDataOrExit(file, translator), options, translator);
      if (options.partial) {
        const parts = computeValidParts(form, data, lang);
        printProblems(parts.problems, 'stylish', lang);
        if (parts.partial || !parts.computed) process.exitCode = exitCodes.invalid;
        if (parts.computed) process.stdout.write(`${JSON.stringify(parts.computed, null, 2)}\n`);
        return;
      }
      const checked = checkFormData(form, data, lang);
      printProblems(checked.problems, 'stylish', lang);
      if (!checked.valid) {
        process.exitCode = exitCodes.invalid;
        return;
      }
      process.stdout.write(`${JSON.stringify(checked.valid.computed, null, 2)}\n`);
    });
}
