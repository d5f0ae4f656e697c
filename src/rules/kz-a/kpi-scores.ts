import { meanOf, roundHalfUp, toDecimal, toNumber, type Decimal } from '../../core/decimal/index.js';
import type { Finding, RuleModule } from '../rule-module.js';
import { findBand } from './find-band.js';
import { rateFinalScore } from './rate-final-score.js';
import { maxScoreTable, rangeTable } from './score-tables.js';

interface KpiInput {
  kind: string;
  planned: number;
  actual: number;
  score?: number;
}

export interface KpiResult {
  achievementPercent: number;
  maxScore?: number;
  allowedRange?: [number, number];
  score: number | null;
}

/** Achievement % = actual / planned × 100, rounded half up to 2 decimals (point 16); the band is read from that. */
export function computeAchievementPercent(planned: number, actual: number): Decimal {
  return roundHalfUp(toDecimal(actual).div(toDecimal(planned)).times(100), 2);
}

/**
 * Corps "A" KPI scoring (points 19-21, forms 4 and 5): per KPI the achievement %, the maximum score
 * ("instructions executed" KPI) or the allowed range (the others), and the score; the final score is the
 * mean of the five scores rounded half up to 2 decimals, and the rating follows from it.
 */
export const kzAKpiScores: RuleModule = {
  id: 'kz-a-kpi-scores',
  apply(data) {
    const kpis = (data as { kpis: KpiInput[] }).kpis;
    const findings: Finding[] = [];
    const results = kpis.map((kpi, index): KpiResult => {
      const percent = computeAchievementPercent(kpi.planned, kpi.actual);
      const score = kpi.score === undefined ? undefined : toDecimal(kpi.score);
      const pointer = `/kpis/${index}/score`;
      if (kpi.kind === 'instructions') {
        const max = toDecimal(findBand(maxScoreTable, percent).max);
        if (score?.gt(max)) {
          findings.push({ ruleId: 'kpi-score-above-max', pointer, severity: 'error', values: { score: score.toString(), max: max.toString(), percent: percent.toString() }, fix: { value: toNumber(max) } });
        }
        return { achievementPercent: toNumber(percent), maxScore: toNumber(max), score: score ? toNumber(score) : null };
      }
      const band = findBand(rangeTable, percent);
      const [min, max] = [toDecimal(band.min), toDecimal(band.max)];
      if (score && (score.lt(min) || score.gt(max))) {
        findings.push({ ruleId: 'kpi-score-out-of-range', pointer, severity: 'error', values: { score: score.toString(), min: min.toString(), max: max.toString(), percent: percent.toString() }, fix: { value: toNumber(score.lt(min) ? min : max) } });
      }
      return { achievementPercent: toNumber(percent), allowedRange: [toNumber(min), toNumber(max)], score: score ? toNumber(score) : null };
    });
    const scores = results.map((result) => result.score);
    const complete = scores.every((score): score is number => score !== null);
    const finalScore = complete ? roundHalfUp(meanOf(scores.map((score) => toDecimal(score))), 2) : undefined;
    return {
      computed: {
        kpis: results,
        finalScore: finalScore ? toNumber(finalScore) : null,
        rating: finalScore ? rateFinalScore(finalScore) : null,
      },
      findings,
    };
  },
};
