import { createKzCalendar } from '../../core/calendar/index.js';
import { meanOf, roundHalfUp, toDecimal, toNumber } from '../../core/decimal/index.js';
import type { RuleModule } from '../rule-module.js';
import { rateBScore } from './rate-b-score.js';

interface Input {
  year: number;
  quarters: { number: number; score: number | null }[];
}

/**
 * Corps "B" point 5: the annual score is the mean of the quarterly scores (quarters without an evaluation, e.g. not
 * eligible, are left out), rounded half up to 2 decimals, formed by 30 January of the next year.
 */
export const kzBAnnualSummary: RuleModule = {
  id: 'kz-b-annual-summary',
  apply(data) {
    const { year, quarters } = data as Input;
    const scores = quarters.filter((quarter) => quarter.score !== null).map((quarter) => toDecimal(quarter.score!));
    const annual = scores.length > 0 ? roundHalfUp(meanOf(scores), 2) : undefined;
    const calendar = createKzCalendar();
    return {
      computed: {
        quartersEvaluated: scores.length,
        annualScore: annual ? toNumber(annual) : null,
        rating: annual ? rateBScore(annual) : null,
        deadlines: { annualScore: calendar.onOrAfter(`${year + 1}-01-30`) },
      },
      findings: [],
    };
  },
};
