import type { Command } from 'commander';

import { hasErrors } from '../core/problems/index.js';
import { readChoice, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

const choices = optionTable.forms;

interface FormsOptions {
  lang?: string;
  json?: boolean;
  check?: boolean;
  format: string;
  project?: string;
}

export function registerForms(program: Command): void {
  program
    .command('forms')
    .description("list the form ids with their titles; with --check, every problem of every form's own files")
    .addOption(toCommanderOption(choices.lang))
    .option('--json', 'print as JSON')
    .option('--check', 'check every form: its form.yaml, schema, templates, texts and what the manifest names (exit 1 on a problem)')
    .addOption(toCommanderOption(choices.format))
    .option('--project <dir>', "also the forms of this folder (templates/, schemas/, locales/ as in qujat's own)")
    .action(async (options: FormsOptions) => {
      const lang = resolveUiLanguage(options.lang, choices.lang);
      if (options.check) {
        const translator = cliTranslator(lang);
        const format = readChoice(choices.format, options.format, translator);
        const [{ checkForms }, { listFormIds }, { createProjectContext, projectFor }] = await Promise.all([
          import('../api/check-forms.js'),
          import('../forms/index.js'),
          import('../core/project/index.js'),
        ]);
        const project = options.project === undefined ? projectFor({}) : createProjectContext({ roots: [options.project] });
        const problems = checkForms({ lang, project });
        printProblems(problems, format, lang);
        if (problems.length === 0 && format === 'stylish')
          process.stdout.write(`${translator.t('formsChecked', 'cli', { count: listFormIds(project).length })}\n`);
        process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
        return;
      }
      const [{ listForms }, { projectFor }] = await Promise.all([import('../api/list-forms.js'), import('../core/project/index.js')]);
      const forms = listForms(lang, projectFor(options.project === undefined ? {} : { roots: [options.project] }));
      if (options.json) process.stdout.write(`${JSON.stringify(forms, null, 2)}\n`);
      else for (const form of forms) process.stdout.write(`${form.id}\t${form.title}\n`);
    });
}
