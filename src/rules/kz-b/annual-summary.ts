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
  ids: [],
  severities: [],
  messageKeys: [],
  doc: "The year's score from the quarters' (no findings: values computed only).",
  computesPerValue: true,
  apply(data) {
    const { year, quarters } = (data ?? {}) as Partial<Input>;
    // While the form is being filled in: a quarter whose score is not given yet (neither a number nor null for "not
    // evaluated") leaves the annual score unknown; the deadline needs the year only.
    const known = Array.isArray(quarters) && quarters.every((quarter) => quarter?.score === null || typeof quarter?.score === 'number');
    const scores = known ? quarters.filter((quarter) => quarter.score !== null).map((quarter) => toDecimal(quarter.score!)) : undefined;
    const annual = scores && scores.length > 0 ? roundHalfUp(meanOf(scores), 2) : undefined;
    const calendar = createKzCalendar();
    return {
      computed: {
        quartersEvaluated: scores ? scores.length : null,
        annualScore: annual ? toNumber(annual) : null,
        rating: annual ? rateBScore(annual) : null,
        deadlines: { annualScore: typeof year === 'number' ? calendar.onOrAfter(`${year + 1}-01-30`) : null },
      },
      findings: [],
    };
  },
};
