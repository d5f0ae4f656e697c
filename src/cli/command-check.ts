import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../core/fs/index.js';
import { hasErrors } from '../core/problems/index.js';
import { checkRegulation, docxLimits, docxMaxNesting, profileIds, readRegulation } from '../regulation/index.js';
import { reviewDraft } from '../regulation/review/index.js';
import { cliTranslator, parseList, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { printProblems, reportFormats } from './print-problems.js';

interface CheckOptions {
  profile: string;
  lang: string;
  format: string;
  uiLang?: string;
  date?: string;
  annotate?: string;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a draft regulation on the HR service for required sections and drafting defects')
    .argument('<file>', 'the draft: .md or .txt (UTF-8)')
    .requiredOption('--profile <profile>', 'kz or kg')
    .option('--lang <lang>', 'the document\'s language: kk, ru, ky or auto', 'auto')
    .option('--format <format>', 'stylish, json or sarif', 'stylish')
    .option('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en')
    .option('--date <date>', 'the date the document speaks as of, for renamed bodies (default: today)')
    .option('--annotate <reviewed.docx>', 'also write a copy of the draft with the findings as Word comments and the certain fixes as tracked changes')
    .action(async (file: string, options: CheckOptions) => {
      const uiLang = resolveUiLanguage(options.uiLang);
      const translator = cliTranslator(uiLang);
      const [profile] = parseList(options.profile, profileIds, translator, 'unknownFormat');
      const [lang] = parseList(options.lang, ['kk', 'ru', 'ky', 'auto'] as const, translator, 'unknownLanguage');
      const [format] = parseList(options.format, reportFormats, translator, 'unknownFormat');
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new CliExit(exitCodes.usage, translator.t('badDate', 'cli', { value: options.date }));
      if (options.annotate !== undefined && extname(options.annotate).toLowerCase() !== '.docx') throw new CliExit(exitCodes.usage, translator.t('annotateNotDocx', 'cli', { file: options.annotate }));
      if (options.annotate !== undefined && resolve(options.annotate) === resolve(file)) throw new CliExit(exitCodes.usage, translator.t('annotateSameFile', 'cli', { file: options.annotate }));
      const read = await readRegulation(file);
      if (!read.ok) {
        // What is wrong with a DOCX in the user's language, never the zip or XML library's English.
        const docx = read.docx && {
          'not-zip': () => translator.t('docx.not-zip', 'errors'),
          'no-document': () => translator.t('docx.no-document', 'errors'),
          'too-large': () => translator.t('docx.too-large', 'errors'),
          'too-many-files': () => translator.t('docx.too-many-files', 'errors', { limit: String(docxLimits.entries) }),
          'broken-xml': () => translator.t('docx.broken-xml', 'errors'),
          'too-deep': () => translator.t('docx.too-deep', 'errors', { limit: String(docxMaxNesting) }),
        }[read.docx.reason]();
        const values = { file, detail: docx ?? read.detail };
        throw new CliExit(exitCodes.usage, read.reason === 'encoding' ? translator.t('notUtf8', 'cli', values) : read.reason === 'unsupported' ? translator.t('unsupportedDraft', 'cli', values) : translator.t('unreadable', 'cli', values));
      }
      const asOf = options.date ?? new Date().toISOString().slice(0, 10);
      const { problems } = checkRegulation(read.lines, { profile: profile!, lang: lang!, asOf, file, uiLang });
      if (options.annotate !== undefined) {
        const reviewed = await reviewDraft(await readFile(file), extname(file), read.lines, problems, { uiLang, asOf });
        if (!reviewed.ok) throw new CliExit(exitCodes.usage, translator.t('annotateFailed', 'cli', { file, detail: reviewed.detail }));
        await writeFileAtomic(options.annotate, reviewed.bytes);
        process.stderr.write(`${translator.t('annotated', 'cli', { file: options.annotate, comments: reviewed.comments, changes: reviewed.changes })}\n`);
      }
      printProblems(problems, format!, uiLang);
      if (problems.length === 0 && format === 'stylish') process.stdout.write(`${translator.t('checkClean', 'cli', { file })}\n`);
      process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
    });
}
