import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

import type { Command } from 'commander';

import { batchInputTypes } from '../batch/batch-input-types.js';
import { errorsName } from '../batch/batch-manifest.js';
import { createProgressReporter } from './batch-progress.js';
import { readChoices, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { describeOutdatedEditions } from './describe-outdated-editions.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { version } from './print-problems.js';
import { writeFailureExit } from './write-failure-exit.js';

interface BatchCommandOptions {
  lang: string;
  format: string;
  out: string;
  jobs?: string;
  zip?: boolean;
  quiet?: boolean;
  uiLang?: string;
  date?: string;
  pdfa?: boolean;
}

const choices = optionTable.batch;

export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description("render one document per record of a whole agency's data, on every core; resumable, nothing lost")
    .argument('<form-id>', 'form id (see `qujat forms`)')
    .argument('<input>', `records: ${batchInputTypes.join(', ')} (a JSON array, JSON Lines, CSV, an Excel workbook's first sheet)`)
    .addOption(toCommanderOption(choices.lang))
    .addOption(toCommanderOption(choices.format))
    .option('--out <dir>', 'output folder (with --zip: the archive)', 'out')
    .option('--jobs <n>', 'worker threads (default: the number of cores)')
    .option('--zip', 'write one .zip archive instead of a folder')
    .option('--quiet', 'no progress output')
    .addOption(toCommanderOption(choices.uiLang))
    .option('--date <date>', "document date YYYY-MM-DD for every record (replaces the data's date)")
    .option('--pdfa', 'archive-grade PDF/A-2b')
    .action(async (formId: string, input: string, options: BatchCommandOptions) => {
      const [{ runBatch }, { loadFormOrExit, unreadableExit }] = await Promise.all([import('../batch/run-batch.js'), import('./load-input.js')]);
      const uiLang = resolveUiLanguage(options.uiLang, choices.uiLang);
      const translator = cliTranslator(uiLang);
      const langs = readChoices(choices.lang, options.lang, translator);
      const formats = readChoices(choices.format, options.format, translator);
      loadFormOrExit(formId, translator);
      const max = 64;
      const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > max)
        throw new CliExit(exitCodes.usage, translator.t('badJobs', 'cli', { value: options.jobs ?? '', max }));
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
        throw new CliExit(exitCodes.usage, translator.t('badDate', 'cli', { value: options.date }));
      const out = options.zip && !options.out.toLowerCase().endsWith('.zip') ? `${options.out}.zip` : options.out;
      // V8 lets each thread's heap grow to several times what it holds before collecting; a renderer holds ~45 MB and
      // makes ~10 MB of short-lived objects per sheet, so each worker grew to 200 MB and more. Collecting at 1.4 times
      // the live heap bounds the whole batch (peak 570 -> ~330 MB with --jobs 2) for a few per cent of time
      // (measured in `npm run bench`). A V8 flag is process-wide: set here, in the command, not in the library.
      setFlagsFromString('--heap-growing-percent=40');
      const progress = createProgressReporter(translator, options.quiet ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines');
      const result = await runBatch(
        { formId, input, out, langs, formats, uiLang, pdfa: options.pdfa, date: options.date, jobs, zip: options.zip, version },
        (state) => progress.update(state),
      )
        .catch((error: unknown) => {
          throw writeFailureExit(error, translator, out) ?? error;
        })
        .finally(() => progress.stop());
      if (result.status === 'unreadable') {
        if (result.reason === 'unsupported')
          throw new CliExit(exitCodes.usage, translator.t('batchUnsupported', 'cli', { file: input, detail: result.detail }));
        throw unreadableExit(result.reason, input, result.detail, translator);
      }
      const say = (text: string) => process.stderr.write(`qujat: ${text}\n`);
      if (result.ignoredColumns.length > 0) say(translator.t('batchIgnoredColumns', 'cli', { form: formId, columns: result.ignoredColumns.join(', ') }));
      // Said even with --quiet: documents in a wording no longer in force must not be signed unchecked.
      for (const warning of describeOutdatedEditions(result.outdatedEditions, translator)) say(warning);
      if (result.records === 0 && !result.inputFailure) say(translator.t('batchNoRecords', 'cli', { file: basename(input) }));
      if (!options.quiet || result.failed.length > 0 || result.inputFailure) {
        say(
          translator.t('batchSummary', 'cli', {
            records: result.records,
            rendered: result.rendered,
            reused: result.reused,
            failed: result.failed.length,
            documents: result.documents,
            out,
          }),
        );
      }
      if (result.failed.length > 0 || result.inputFailure)
        say(translator.t('batchErrors', 'cli', { file: options.zip ? `${out} → ${errorsName}` : join(out, errorsName) }));
      process.stdout.write(`${out}\n`);
      if (result.failed.length > 0 || result.inputFailure || result.records === 0) process.exitCode = exitCodes.invalid;
    });
}
