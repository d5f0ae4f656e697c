import type { Command } from 'commander';
import { writeFileAtomic } from '../core/fs/index.js';
import { documentLanguages } from '../core/i18n/index.js';
import { cliTranslator, parseList, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { printProblems } from './print-problems.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a form\'s data from another document\'s data: kz-a-evaluation-sheet --from <agreement>')
    .argument('<form-id>', 'the form to start (kz-a-evaluation-sheet)')
    .requiredOption('--from <file>', 'the annual agreement\'s data file (kz-a-agreement-cat1 or -cat2)')
    .option('--lang <lang>', 'language of the KPI names taken from the texts: kk, ru, ky', 'kk')
    .option('--out <file>', 'write the YAML here instead of standard output')
    .option('--ui-lang <lang>', 'language of the messages')
    .action(async (formId: string, options: { from: string; lang: string; out?: string; uiLang?: string }) => {
      const [{ startSheetFromAgreement }, { loadDataOrExit }] = await Promise.all([import('../api/start-sheet-from-agreement.js'), import('./load-input.js')]);
      const uiLang = resolveUiLanguage(options.uiLang);
      const translator = cliTranslator(uiLang);
      if (formId !== 'kz-a-evaluation-sheet') throw new CliExit(exitCodes.usage, translator.t('initUnsupported', 'cli', { form: formId }));
      const [lang] = parseList(options.lang, documentLanguages, translator, 'unknownLanguage');
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
