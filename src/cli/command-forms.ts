import type { Command } from 'commander';
import { hasErrors } from '../core/problems/index.js';
import { cliTranslator, parseList, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { printProblems, reportFormats } from './print-problems.js';

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
    .description('list the form ids with their titles; with --check, every problem of every form\'s own files')
    .option('--lang <lang>', 'language of the titles and messages: kk, ru, ky, en')
    .option('--json', 'print as JSON')
    .option('--check', 'check every form: its form.yaml, schema, templates, texts and what the manifest names (exit 1 on a problem)')
    .option('--format <format>', 'report format of --check: stylish, json, sarif', 'stylish')
    .option('--project <dir>', 'also the forms of this folder (templates/, schemas/, locales/ as in qujat\'s own)')
    .action(async (options: FormsOptions) => {
      const lang = resolveUiLanguage(options.lang);
      if (options.check) {
        const translator = cliTranslator(lang);
        const [format] = parseList(options.format, reportFormats, translator, 'unknownFormat');
        const [{ checkForms }, { listFormIds }, { createProjectContext, projectFor }] = await Promise.all([import('../api/check-forms.js'), import('../forms/index.js'), import('../core/project/index.js')]);
        const project = options.project === undefined ? projectFor({}) : createProjectContext({ roots: [options.project] });
        const problems = checkForms({ lang, project });
        printProblems(problems, format!, lang);
        if (problems.length === 0 && format === 'stylish') process.stdout.write(`${translator.t('formsChecked', 'cli', { count: listFormIds(project).length })}\n`);
        process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
        return;
      }
      const [{ listForms }, { projectFor }] = await Promise.all([import('../api/list-forms.js'), import('../core/project/index.js')]);
      const forms = listForms(lang, projectFor(options.project === undefined ? {} : { roots: [options.project] }));
      if (options.json) process.stdout.write(`${JSON.stringify(forms, null, 2)}\n`);
      else for (const form of forms) process.stdout.write(`${form.id}\t${form.title}\n`);
    });
}
