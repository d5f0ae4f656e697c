import { readFileSync, statSync } from 'node:fs';

import type { Command } from 'commander';

import { formatDecimal } from '../core/format/index.js';
import { outputFormats } from '../core/format/index.js';
import type { Translator } from '../core/i18n/index.js';
import { inputLimits } from '../core/limits/index.js';
import { hasErrors } from '../core/problems/index.js';
import type { SatisfactionFormula, SurveyDefinition, SurveySummary } from '../survey/index.js';
import { readChoice, readChoices, toCommanderOption } from './choice-option.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { optionTable } from './option-table.js';
import { printProblems } from './print-problems.js';

const choices = optionTable.surveySummarize;

export function registerSurvey(program: Command): void {
  const survey = program.command('survey').description('the anonymous survey behind the "satisfaction with working conditions" KPI');
  survey
    .command('summarize')
    .description('count the answers (CSV or JSON, one response per row) and compute the satisfaction percentage')
    .argument('<responses>', 'responses file (.csv with a header row q1…q14, or .json array)')
    .addOption(toCommanderOption(choices.lang))
    .addOption(toCommanderOption(choices.format))
    .option('--formula <file>', 'YAML/JSON: question id → favourable answer keys (default: questions 1-11, see the README)')
    .option('--out <dir>', 'also render the summary (form kz-a-survey-summary) as PDF and DOCX into this folder')
    .option('--date <date>', 'with --out: the date of the summary, YYYY-MM-DD')
    .option('--body <name>', 'with --out: the name of the state body')
    .addOption(toCommanderOption(choices.docLang))
    .action(async (file: string, options: { lang?: string; format: string; formula?: string; out?: string; date?: string; body?: string; docLang: string }) => {
      const { defaultSatisfactionFormula, loadSurveyDefinition, readResponses, summarizeSurvey } = await import('../survey/index.js');
      const lang = resolveUiLanguage(options.lang, choices.lang);
      const translator = cliTranslator(lang);
      const format = readChoice(choices.format, options.format, translator);
      const definition = loadSurveyDefinition();
      const formula = options.formula ? await readFormula(options.formula, definition, translator) : defaultSatisfactionFormula;
      const read = await readResponses(file);
      if (!read.ok && read.tooLarge)
        throw new CliExit(
          exitCodes.usage,
          translator.t('responsesTooLarge', 'cli', { file, megabytes: String(Math.round(Number(read.detail) / 1024 / 1024)) }),
        );
      if (!read.ok) throw new CliExit(exitCodes.usage, translator.t('unreadable', 'cli', { file, detail: read.detail }));
      const { summary, problems } = summarizeSurvey(read.responses, definition, translator, file, formula);
      printProblems(problems, 'stylish', lang);
      process.stdout.write(format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, translator));
      process.exitCode = hasErrors(problems) ? exitCodes.invalid : exitCodes.ok;
      if (options.out === undefined) return;
      const [{ writeDocuments }, { renderForm }, { loadFormOrExit }] = await Promise.all([
        import('../api/render.js'),
        import('../pipeline/index.js'),
        import('./load-input.js'),
      ]);
      const form = loadFormOrExit('kz-a-survey-summary', translator);
      const langs = readChoices(choices.docLang, options.docLang, translator);
      const data = { date: options.date, ...(options.body && { body: options.body }), summary };
      const result = await renderForm(form, data, { langs, formats: outputFormats, uiLang: lang });
      printProblems(result.problems, 'stylish', lang);
      if (result.documents.length === 0) process.exitCode = exitCodes.invalid;
      // With --format json, standard output holds the JSON alone; the written paths go to standard error.
      const stream = format === 'json' ? process.stderr : process.stdout;
      for (const path of await writeDocuments(result.documents, options.out)) stream.write(`${path}\n`);
    });
}

async function readFormula(file: string, definition: SurveyDefinition, translator: Translator): Promise<SatisfactionFormula> {
  const { parse } = await import('yaml');
  // A formula is a few lines: one past the shared limit on a file read whole is refused before it is read.
  const size = (() => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  })();
  if (size > inputLimits.fileBytes) throw new CliExit(exitCodes.usage, translator.t('badFormula', 'cli', { file }));
  let formula: unknown;
  try {
    formula = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch (error) {
    throw new CliExit(exitCodes.usage, translator.t('unreadable', 'cli', { file, detail: (error as Error).message }));
  }
  const valid =
    typeof formula === 'object' &&
    formula !== null &&
    Object.entries(formula).every(([id, options]) => {
      const question = definition.questions.find((q) => q.id === id);
      return question && Array.isArray(options) && options.every((option) => question.options.includes(option));
    });
  if (!valid) throw new CliExit(exitCodes.usage, translator.t('badFormula', 'cli', { file }));
  return formula as SatisfactionFormula;
}

function formatSummary(summary: SurveySummary, translator: Translator): string {
  const share = (value: number) => (translator.lang === 'en' ? formatDecimal(value, 2).replace(',', '.') : formatDecimal(value, 2));
  const optionText = (id: string, option: string) => translator.find(`questions.${id}.options.${option}`, 'kz-a-survey') ?? option;
  const lines = [translator.t('survey.responses', 'cli', { responses: summary.responses, rejected: summary.rejected }), ''];
  for (const question of summary.questions) {
    lines.push(translator.t('survey.question', 'cli', { number: question.id.slice(1), answered: question.answered }));
    for (const answer of question.answers) lines.push(`  ${optionText(question.id, answer.option)}: ${answer.count} (${share(answer.share)} %)`);
  }
  const percent = summary.satisfaction.percent === null ? '—' : share(summary.satisfaction.percent);
  lines.push('', translator.t('survey.satisfaction', 'cli', { percent, favourable: summary.satisfaction.favourable, answers: summary.satisfaction.answers }));
  lines.push(
    translator.t('survey.formula', 'cli', {
      questions: Object.keys(summary.satisfaction.formula)
        .map((id) => id.slice(1))
        .join(', '),
    }),
  );
  return `${lines.join('\n')}\n`;
}
