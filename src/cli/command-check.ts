import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

import type { Command } from 'commander';

import { writeFileAtomic } from '../core/fs/index.js';
import { inputLimits } from '../core/limits/index.js';
import { hasErrors } from '../core/problems/index.js';
import { formatJson, formatSarif, formatStylish } from '../report/index.js';
import { formatCount } from '../web/server/format-count.js';
import { formatSize } from '../web/server/format-size.js';
import { readChoice, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { version } from './print-problems.js';

interface CheckOptions {
  profile?: string;
  lang: string;
  format: string;
  uiLang?: string;
  date?: string;
  annotate?: string;
}

const choices = optionTable.check;

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a draft regulation on the HR service for required sections and drafting defects')
    .argument('<file>', 'the draft: .docx, .md or .txt (UTF-8)')
    .addOption(toCommanderOption(choices.profile))
    .addOption(toCommanderOption(choices.lang))
    .addOption(toCommanderOption(choices.format))
    .addOption(toCommanderOption(choices.uiLang))
    .option('--date <date>', 'the date the document speaks as of, for renamed bodies (default: the date the draft states, else today)')
    .option('--annotate <reviewed.docx>', 'also write a copy of the draft with the findings as Word comments and the certain fixes as tracked changes')
    .action(async (file: string, options: CheckOptions) => {
      const { checkRegulation, docxLimits, docxMaxNesting, loadProfile, readRegulation } = await import('../regulation/index.js');
      const uiLang = resolveUiLanguage(options.uiLang, choices.uiLang);
      const translator = cliTranslator(uiLang);
      const profile = options.profile === undefined ? 'auto' : readChoice(choices.profile, options.profile, translator);
      const lang = readChoice(choices.lang, options.lang, translator);
      const format = readChoice(choices.format, options.format, translator);
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
        throw new CliExit(exitCodes.usage, translator.t('badDate', 'cli', { value: options.date }));
      if (options.annotate !== undefined && extname(options.annotate).toLowerCase() !== '.docx')
        throw new CliExit(exitCodes.usage, translator.t('annotateNotDocx', 'cli', { file: options.annotate }));
      if (options.annotate !== undefined && resolve(options.annotate) === resolve(file))
        throw new CliExit(exitCodes.usage, translator.t('annotateSameFile', 'cli', { file: options.annotate }));
      const read = await readRegulation(file);
      // Past a shared limit (the same as the web app's and the library's): refused before parsing, with the limit.
      if (!read.ok && read.reason === 'too-large') {
        if (read.limit === 'lines')
          throw new CliExit(exitCodes.usage, translator.t('draftTooManyLines', 'cli', { file, limit: formatCount(inputLimits.lines, uiLang) }));
        throw new CliExit(exitCodes.usage, translator.t('draftTooLarge', 'cli', { file, limit: formatSize(inputLimits[read.limit], uiLang) }));
      }
      if (!read.ok && read.docx?.reason === 'too-many-paragraphs')
        throw new CliExit(exitCodes.usage, translator.t('draftTooManyLines', 'cli', { file, limit: formatCount(docxLimits.paragraphs, uiLang) }));
      if (!read.ok) {
        // What is wrong with a DOCX in the user's language, never the zip or XML library's English.
        const docx =
          read.docx &&
          {
            'not-zip': () => translator.t('docx.not-zip', 'errors'),
            'no-document': () => translator.t('docx.no-document', 'errors'),
            'too-large': () => translator.t('docx.too-large', 'errors'),
            'too-many-files': () => translator.t('docx.too-many-files', 'errors', { limit: String(docxLimits.entries) }),
            'broken-xml': () => translator.t('docx.broken-xml', 'errors'),
            'too-deep': () => translator.t('docx.too-deep', 'errors', { limit: String(docxMaxNesting) }),
            'document-too-large': () => translator.t('docx.document-too-large', 'errors', { limit: formatSize(docxLimits.documentXmlBytes, uiLang) }),
            'too-many-paragraphs': () => translator.t('draftTooManyLines', 'cli', { file, limit: formatCount(docxLimits.paragraphs, uiLang) }),
          }[read.docx.reason]();
        const values = { file, detail: docx ?? read.detail };
        throw new CliExit(
          exitCodes.usage,
          read.reason === 'encoding'
            ? translator.t('notUtf8', 'cli', values)
            : read.reason === 'unsupported'
              ? translator.t('unsupportedDraft', 'cli', values)
              : translator.t('unreadable', 'cli', values),
        );
      }
      const today = new Date().toISOString().slice(0, 10);
      const result = checkRegulation(read.lines, { profile, lang, asOf: options.date, today, file, uiLang });
      if (!result.ok) {
        if (result.reason === 'language') throw new CliExit(exitCodes.usage, translator.t('unsupportedLanguage', 'cli', { file }));
        const languages = loadProfile(result.profile!).languages.join(', ');
        throw new CliExit(exitCodes.usage, translator.t('profileLanguage', 'cli', { file, profile: result.profile!, languages, lang: result.lang! }));
      }
      const { problems } = result;
      if (options.annotate !== undefined) {
        const { reviewDraft } = await import('../regulation/review/index.js');
        const reviewed = await reviewDraft(await readFile(file), extname(file), read.lines, result, { uiLang, asOf: result.asOf });
        if (!reviewed.ok) throw new CliExit(exitCodes.usage, translator.t('annotateFailed', 'cli', { file, detail: reviewed.detail }));
        await writeFileAtomic(options.annotate, reviewed.bytes);
        process.stderr.write(`${translator.t('annotated', 'cli', { file: options.annotate, comments: reviewed.comments, changes: reviewed.changes })}\n`);
      }
      const checkedAs = translator.t('checkedAs', 'cli', {
        file,
        country: translator.t(`checkCountry.${result.profile}`, 'cli'),
        language: translator.t(`checkLanguage.${result.lang}`, 'cli'),
        date: uiLang === 'en' ? result.asOf : result.asOf.split('-').reverse().join('.'),
        dateFrom: translator.t(`checkDateFrom.${result.dateFrom}`, 'cli'),
      });
      // Every report says what the draft was checked as: the stylish one on its first line (all of it on standard
      // output, so that `> report.txt` keeps it), SARIF in the run's properties, JSON (an array of findings, as other
      // tools read it) beside it on standard error.
      const properties = { profile: result.profile, lang: result.lang, asOf: result.asOf, dateFrom: result.dateFrom };
      if (format === 'json') {
        process.stderr.write(`${checkedAs}\n`);
        process.stdout.write(formatJson(problems));
      } else if (format === 'sarif') {
        process.stdout.write(formatSarif(problems, version, properties));
      } else {
        process.stdout.write(`${checkedAs}\n`);
        process.stdout.write(problems.length > 0 ? formatStylish(problems, uiLang) : `${translator.t('checkClean', 'cli', { file })}\n`);
      }
      process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
    });
}
