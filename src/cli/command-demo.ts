import { join } from 'node:path';

import type { Command } from 'commander';

import { outputFormats } from '../core/format/index.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { exitCodes } from './exit-codes.js';
import { printProblems } from './print-problems.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('render the shipped example of every form in kk, ru and ky as PDF and DOCX')
    .option('--out <dir>', 'output folder', 'out')
    .option('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en')
    .action(async (options: { out: string; uiLang?: string }) => {
      const [{ findExamples, writeDocuments }, { readDataFile }, { listFormIds, loadForm }, { renderForm }] = await Promise.all([
        import('../api/index.js'),
        import('../core/data/index.js'),
        import('../forms/index.js'),
        import('../pipeline/index.js'),
      ]);
      const uiLang = resolveUiLanguage(options.uiLang);
      let written = 0;
      for (const example of findExamples(listFormIds())) {
        const form = loadForm(example.formId)!;
        const read = await readDataFile(example.file);
        if (!read.ok) throw new Error(`cannot read the shipped example ${example.file}`);
        const result = await renderForm(form, read.data, { langs: form.manifest.languages, formats: outputFormats, uiLang });
        printProblems(result.problems, 'stylish', uiLang);
        if (result.documents.length === 0) process.exitCode = exitCodes.invalid;
        const dir = example.name === 'default' ? options.out : join(options.out, example.name);
        for (const path of await writeDocuments(result.documents, dir)) {
          process.stdout.write(`${path}\n`);
          written += 1;
        }
      }
      process.stdout.write(`${cliTranslator(uiLang).t('demoDone', 'cli', { count: written, dir: options.out })}\n`);
    });
}
