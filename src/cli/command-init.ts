import type { Command } from 'commander';

import { writeFileAtomic } from '../core/fs/index.js';
import { readChoice, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

const choices = optionTable.init;

export function registerInit(program: Command): void {
  program
    .command('init')
    .description("start a form's data from another document's data: kz-a-evaluation-sheet --from <agreement>")
    .argument('<form-id>', 'the form to start (kz-a-evaluation-sheet)')
    .requiredOption('--from <file>', "the annual agreement's data file (kz-a-agreement-cat1 or -cat2)")
    .addOption(toCommanderOption(choices.lang))
    .option('--out <file>', 'write the YAML here instead of standard output')
    .addOption(toCommanderOption(choices.uiLang))
    .action(async (formId: string, options: { from: string; lang: string; out?: string; uiLang?: string }) => {
      const [{ startSheetFromAgreement }, { loadDataOrExit }] = await Promise.all([import('../api/start-sheet-from-agreement.js'), import('./load-input.js')]);
      const uiLang = resolveUiLanguage(options.uiLang, choices.uiLang);
      const translator = cliTranslator(uiLang);
      if (formId !== 'kz-a-evaluation-sheet') throw new CliExit(exitCodes.usage, translator.t('initUnsupported', 'cli', { form: formId }));
      const lang = readChoice(choices.lang, options.lang, translator);
      const agreement = await loadDataOrExit(options.from, translator);
      const result = startSheetFromAgreement(agreement, lang);
      if (!result.ok) {
        printProblems(result.problems, 'stylish', uiLang);
        process.exitCode = exitCodes.invalid;
        return;
      }
      if (options.out === undefined) {
        process.stdout.write(result.yaml);
        return;
      }
      await writeFileAtomic(options.out, new TextEncoder().encode(result.yaml));
      process.stdout.write(`${options.out}\n`);
    });
}
