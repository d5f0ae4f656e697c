import type { Command } from 'commander';

import { applyOverrides } from './apply-overrides.js';
import { readChoices, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

interface RenderOptions {
  lang: string;
  format: string;
  out: string;
  uiLang?: string;
  date?: string;
  edition?: string;
  pdfa?: boolean;
}

const choices = optionTable.render;

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render the form from a data file as PDF and DOCX')
    .argument('<form-id>', 'form id (see `qujat forms`)')
    .argument('<data-file>', 'data file (.json, .yaml, .yml; an array, or a .csv with one record per row, renders one document per record)')
    .addOption(toCommanderOption(choices.lang))
    .addOption(toCommanderOption(choices.format))
    .option('--out <dir>', 'output folder', 'out')
    .addOption(toCommanderOption(choices.uiLang))
    .option('--date <date>', "document date YYYY-MM-DD (replaces the data's date)")
    .option('--edition <id>', 'form edition (default: the one in force on the document date)')
    .option('--pdfa', 'archive-grade PDF/A-2b')
    .action(async (formId: string, file: string, options: RenderOptions) => {
      const uiLang = resolveUiLanguage(options.uiLang, choices.uiLang);
      const translator = cliTranslator(uiLang);
      const langs = readChoices(choices.lang, options.lang, translator);
      const formats = readChoices(choices.format, options.format, translator);
      const [{ writeDocuments }, { renderForm, renderRecords }, { readRecords }] = await Promise.all([
        import('../api/render.js'),
        import('../pipeline/index.js'),
        import('../batch/read-records.js'),
      ]);
      const { loadFormOrExit, unreadableExit } = await import('./load-input.js');
      const form = loadFormOrExit(formId, translator);
      const read = await readRecords(file, form.manifest, form.schema);
      if (!read.ok) throw unreadableExit(read.reason, file, read.detail, translator);
      const records = read.records.map((record) => ({ ...record, data: applyOverrides(record.data, options, translator) }));
      const request = { langs, formats, uiLang, pdfa: options.pdfa };
      const result = read.single
        ? { ...(await renderForm(form, records[0]!.data, request)), failed: [] as number[] }
        : await renderRecords(form, records, request);
      printProblems(result.problems, 'stylish', uiLang);
      for (const path of await writeDocuments(result.documents, options.out)) process.stdout.write(`${path}\n`);
      if (result.documents.length === 0 || result.failed.length > 0) process.exitCode = exitCodes.invalid;
    });
}
