import type { Command } from 'commander';
import { toCommanderOption } from './choice-option.js';
import { resolveUiLanguage } from './cli-context.js';
import { optionTable } from './option-table.js';

const choices = optionTable.forms;

export function registerForms(program: Command): void {
  program
    .command('forms')
    .description('list the form ids with their titles')
    .addOption(toCommanderOption(choices.lang))
    .option('--json', 'print as JSON')
    .action(async (options: { lang?: string; json?: boolean }) => {
      const { listForms } = await import('../api/list-forms.js');
      const forms = listForms(resolveUiLanguage(options.lang, choices.lang));
      if (options.json) process.stdout.write(`${JSON.stringify(forms, null, 2)}\n`);
      else for (const form of forms) process.stdout.write(`${form.id}\t${form.title}\n`);
    });
}
