import type { Command } from 'commander';
import { writeDocuments } from '../api/index.js';
import { documentLanguages } from '../core/i18n/index.js';
import { outputFormats, renderForm } from '../pipeline/index.js';
import { applyOverrides } from './apply-overrides.js';
import { cliTranslator, parseList, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { loadDataOrExit, loadFormOrExit } from './load-input.js';
import { printProblems } from './print-problems.js';

interface RenderOptions {
  lang: string;
  format: string;
  out: string;
  uiLang?: string;
  date?: string;
  edition?: string;
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render the form from a data file as PDF and DOCX')
    .argument('<form-id>', 'form id (see `qujat forms`)')
    .argument('<data-file>', 'data file (.json, .yaml, .yml)')
    .option('--lang <langs>', 'document languages, comma-separated: kk, ru, ky', 'kk,ru,ky')
    .option('--format <formats>', 'output formats, comma-separated: pdf, docx', 'pdf,docx')
    .option('--out <dir>', 'output folder', 'out')
    .option('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en')
    .option('--date <date>', 'document date YYYY-MM-DD (replaces the data\'s date)')
    .option('--edition <id>', 'form edition (default: the one in force on the document date)')
    .action(async (formId: string, file: string, options: RenderOptions) => {
      const uiLang = resolveUiLanguage(options.uiLang);
      const translator = cliTranslator(uiLang);
      const langs = parseList(options.lang, documentLanguages, translator, 'unknownLanguage');
      const formats = parseList(options.format, outputFormats, translator, 'unknownFormat');
      const form = loadFormOrExit(formId, translator);
      const data = applyOverrides(await loadDataOrExit(file, translator), options, translator);
      const result = await renderForm(form, data, { langs, formats, uiLang });
      printProblems(result.problems, 'stylish', uiLang);
      if (result.documents.length === 0) {
        process.exitCode = exitCodes.invalid;
        return;
      }
      for (const path of await writeDocuments(result.documents, options.out)) process.stdout.write(`${path}\n`);
    });
}
