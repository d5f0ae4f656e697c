import type { Command } from 'commander';

import { writeFileAtomic } from '../core/fs/index.js';
import { dynamicKey } from '../core/i18n/index.js';
import { hasErrors } from '../core/problems/index.js';
import { readChoice, readChoices, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

/** The translators' tools, loaded only when one of these commands runs. */
const loadTranslation = () => import('../translation/index.js');

export function registerLocales(program: Command): void {
  const locales = program.command('locales').description('tools for translators: check, coverage, XLIFF export and import, sync');
  locales
    .command('check')
    .description('every problem of the locale files, with file, key, line:column and fix')
    .addOption(toCommanderOption(optionTable.localesCheck.lang))
    .addOption(toCommanderOption(optionTable.localesCheck.format))
    .addOption(toCommanderOption(optionTable.localesCheck.uiLang))
    .action(async (options: { lang?: string; format: string; uiLang?: string }) => {
      const { checkLocales } = await loadTranslation();
      const uiLang = resolveUiLanguage(options.uiLang, optionTable.localesCheck.uiLang);
      const translator = cliTranslator(uiLang);
      const format = readChoice(optionTable.localesCheck.format, options.format, translator);
      const langs = options.lang ? readChoices(optionTable.localesCheck.lang, options.lang, translator) : undefined;
      const problems = checkLocales({ langs, uiLang });
      printProblems(problems, format, uiLang);
      if (problems.length === 0 && format === 'stylish') process.stdout.write(`${translator.t('locales.clean', 'cli')}\n`);
      process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
    });
  locales
    .command('coverage')
    .description('per namespace and language: texts, translated, percent, problems')
    .option('--ui-lang <lang>', 'language of the headings: kk, ru, ky, en')
    .option('--json', 'print as JSON')
    .action(async (options: { uiLang?: string; json?: boolean }) => {
      const { checkLocales, computeCoverage } = await loadTranslation();
      const translator = cliTranslator(resolveUiLanguage(options.uiLang));
      const rows = computeCoverage(checkLocales());
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const header = ['namespace', 'lang', 'keys', 'translated', 'percent', 'problems'].map((key) => translator.t(dynamicKey(`locales.column.${key}`), 'cli'));
      const table = [
        header,
        ...rows.map((row) => [row.namespace, row.lang, String(row.keys), String(row.translated), `${row.percent} %`, String(row.problems)]),
      ];
      const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
      for (const line of table)
        process.stdout.write(`${line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}\n`);
    });
  locales
    .command('export')
    .description('XLIFF of every text a language translates, for CAT tools')
    .addOption(toCommanderOption(optionTable.localesExport.lang))
    .addOption(toCommanderOption(optionTable.localesExport.xliff))
    .option('--source <lang>', 'source language (the reference): kk, or ky for the Kyrgyz forms', 'kk')
    .requiredOption('--out <file>', 'the XLIFF file to write')
    .option('--ui-lang <lang>', 'language of the messages')
    .action(async (options: { lang: string; xliff: string | true; source: string; out: string; uiLang?: string }) => {
      const { exportXliff } = await loadTranslation();
      const translator = cliTranslator(resolveUiLanguage(options.uiLang));
      const lang = readChoice(optionTable.localesExport.lang, options.lang, translator);
      const version = readChoice(optionTable.localesExport.xliff, options.xliff === true ? '2.0' : options.xliff, translator);
      await writeFileAtomic(options.out, new TextEncoder().encode(await exportXliff(lang, version, options.source)));
      process.stdout.write(`${options.out}\n`);
    });
  locales
    .command('import')
    .description('take the translations of an XLIFF file into the locale files (all or nothing)')
    .argument('[file]', 'XLIFF 2.0 or 1.2 file')
    .option('--lang <lang>', 'refuse the file unless its target language is this one')
    .option('--dry-run', 'show what would change (key, old and new text) and write nothing')
    .option('--undo', 'restore the locale files as they were before the last import')
    .option('--ui-lang <lang>', 'language of the messages')
    .action(async (file: string | undefined, options: { lang?: string; dryRun?: boolean; undo?: boolean; uiLang?: string }) => {
      const { describeImportRefusal, importXliff, isUnreadable, undoXliffImport } = await loadTranslation();
      const translator = cliTranslator(resolveUiLanguage(options.uiLang));
      if (options.undo) {
        const undone = await undoXliffImport();
        if (!undone.ok) throw new CliExit(exitCodes.invalid, translator.t('locales.import.nothing-to-undo', 'errors'));
        for (const path of undone.restored) process.stdout.write(`${path}\n`);
        (await import('../core/project/index.js')).defaultProject().refresh();
        process.stdout.write(`${translator.t('locales.undone', 'cli', { count: undone.restored.length })}\n`);
        return;
      }
      if (file === undefined) throw new CliExit(exitCodes.usage, translator.t('locales.importNeedsFile', 'cli'));
      const result = await importXliff(file, options.lang, undefined, { dryRun: options.dryRun });
      if (!result.ok) {
        for (const refusal of result.refusals) process.stderr.write(`qujat: ${describeImportRefusal(refusal, translator, file)}\n`);
        process.stderr.write(`${translator.t('locales.importRefused', 'cli', { file })}\n`);
        process.exitCode = result.refusals.some(isUnreadable) ? exitCodes.usage : exitCodes.invalid;
        return;
      }
      for (const change of result.changes)
        process.stdout.write(`${change.file} ${change.key}: ${JSON.stringify(change.before ?? '')} → ${JSON.stringify(change.after)}\n`);
      if (result.dryRun) {
        process.stdout.write(`${translator.t('locales.dryRun', 'cli', { count: result.changed, lang: result.lang })}\n`);
        return;
      }
      // The project's caches follow the files: what runs next in this process (a test, a library caller) uses the new texts.
      (await import('../core/project/index.js')).defaultProject().refresh();
      for (const path of result.written) process.stdout.write(`${path}\n`);
      process.stdout.write(`${translator.t('locales.imported', 'cli', { count: result.changed, lang: result.lang })}\n`);
      if (result.written.length > 0) process.stdout.write(`${translator.t('locales.backupKept', 'cli')}\n`);
    });
  locales
    .command('sync')
    .description('add the texts a language lacks as empty values to translate, and list them')
    .option('--ui-lang <lang>', 'language of the messages')
    .action(async (options: { uiLang?: string }) => {
      const { syncLocales } = await loadTranslation();
      const translator = cliTranslator(resolveUiLanguage(options.uiLang));
      const added = await syncLocales();
      for (const addition of added) process.stdout.write(`${addition.file}\t${addition.key}\n`);
      process.stdout.write(`${translator.t('locales.synced', 'cli', { count: added.length })}\n`);
    });
}
