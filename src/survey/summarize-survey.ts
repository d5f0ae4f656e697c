import { roundHalfUp, toDecimal, toNumber } from '../core/decimal/index.js';
import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { RawResponse } from './read-responses.js';
import { normalizeAnswer, type SurveyDefinition } from './survey-definition.js';

/** Which answers count as favourable, per question: the questions listed are the ones the percentage covers. */
export type SatisfactionFormula = Record<string, string[]>;

/**
 * The default formula (the methodology leaves it to the information system): the share of favourable answers over
 * questions 1-11, where questions 1-2 are favourable when the servant never stays late / never comes on days off,
 * questions 3-8, 10, 11 when the answer is "yes" or "mostly yes", question 9 when the climate is favourable or
 * mostly favourable. Questions 12-14 describe the respondent and are not counted.
 */
export const defaultSatisfactionFormula: SatisfactionFormula = {
  q1: ['never'],
  q2: ['never'],
  q3: ['yes', 'mostlyYes'],
  q4: ['yes', 'mostlyYes'],
  q5: ['yes', 'mostlyYes'],
  q6: ['yes', 'mostlyYes'],
  q7: ['yes', 'mostlyYes'],
  q8: ['yes', 'mostlyYes'],
  q9: ['favourable', 'mostlyFavourable'],
  q10: ['yes', 'mostlyYes'],
  q11: ['yes', 'mostlyYes'],
};

export interface QuestionSummary {
  id: string;
  answered: number;
  answers: { option: string; count: number; share: number }[];
}

export interface SurveySummary {
  responses: number;
  rejected: number;
  questions: QuestionSummary[];
  satisfaction: { percent: number | null; favourable: number; answers: number; formula: SatisfactionFormula };
}

/** Column `q3`, `3` or `Q3` → question id `q3`. */
function toQuestionId(column: string): string {
  const match = /^q?(\d+)$/i.exec(column.trim());
  return match ? `q${Number(match[1])}` : column;
}

const share = (count: number, total: number) => (total === 0 ? 0 : toNumber(roundHalfUp(toDecimal(count).times(100).div(total), 2)));

/** Counts the answers per question, rejects malformed rows (each reported with its row) and computes the satisfaction %. */
export function summarizeSurvey(
  responses: readonly RawResponse[],
  definition: SurveyDefinition,
  translator: Translator,
  file: string,
  formula: SatisfactionFormula = defaultSatisfactionFormula,
): { summary: SurveySummary; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (
    ruleId: string,
    at: { row: number; index: number } | undefined,
    column: string | undefined,
    values: Record<string, unknown>,
    severity: Problem['severity'] = 'error',
  ): Problem => ({
    ruleId,
    severity,
    message: translator.t(dynamicKey(`survey.${ruleId}.message`), 'errors', values),
    place: { file, ...(at && { line: at.row, pointer: column === undefined ? `/${at.index}` : `/${at.index}/${column}` }) },
  });
  const known = new Set(definition.questions.map((question) => question.id));
  const unknownColumns = new Set<string>();
  const counts = new Map(definition.questions.map((question) => [question.id, new Map(question.options.map((option) => [option, 0]))]));
  let accepted = 0;
  for (const response of responses) {
    const { row, cells } = response;
    if ('__invalid' in cells) {
      problems.push(problem('not-a-response', response, undefined, { row }));
      continue;
    }
    const answers: [string, string][] = [];
    const rowProblems: Problem[] = [];
    for (const [column, value] of Object.entries(cells)) {
      const id = toQuestionId(column);
      if (!known.has(id)) {
        unknownColumns.add(column);
        continue;
      }
      if (value === null || value === undefined || String(value).trim() === '') continue;
      const option = definition.optionsByText.get(id)?.get(normalizeAnswer(String(value)));
      if (option) answers.push([id, option]);
      else rowProblems.push(problem('unknown-answer', response, column, { row, question: id.slice(1), answer: String(value) }));
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    accepted += 1;
    for (const [id, option] of answers) counts.get(id)!.set(option, counts.get(id)!.get(option)! + 1);
  }
  for (const column of unknownColumns) problems.push(problem('unknown-column', undefined, undefined, { column }, 'warning'));
  const questions = definition.questions.map((question) => {
    const options = counts.get(question.id)!;
    const answered = [...options.values()].reduce((sum, count) => sum + count, 0);
    return {
      id: question.id,
      answered,
      answers: question.options.map((option) => ({ option, count: options.get(option)!, share: share(options.get(option)!, answered) })),
    };
  });
  let favourable = 0;
  let answers = 0;
  for (const question of questions.filter((q) => q.id in formula)) {
    answers += question.answered;
    favourable += question.answers.filter((answer) => formula[question.id]!.includes(answer.option)).reduce((sum, answer) => sum + answer.count, 0);
  }
  return {
    summary: {
      responses: accepted,
      rejected: responses.length - accepted,
      questions,
      satisfaction: { percent: answers === 0 ? null : share(favourable, answers), favourable, answers, formula },
    },
    problems,
  };
}
