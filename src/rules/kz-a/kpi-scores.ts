import { type Decimal, meanOf, roundHalfUp, toDecimal, toNumber } from '../../core/decimal/index.js';
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
  /** Null while the planned or actual value is missing. */
  achievementPercent: number | null;
  /** Null while the achievement % is not known. */
  maxScore?: number | null;
  /** Null while the achievement % is not known. */
  allowedRange?: [number, number] | null;
  /** Null when not given, or while it cannot be checked against its range. */
  score: number | null;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

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
  ids: ['kpi-score-above-max', 'kpi-score-out-of-range'],
  severities: ['error'],
  messageKeys: [
    'rule.kpi-score-above-max.message',
    'rule.kpi-score-above-max.expected',
    'rule.kpi-score-out-of-range.message',
    'rule.kpi-score-out-of-range.expected',
  ],
  doc: "Each KPI's achievement, its allowed score range (forms 4 and 5), the final score and the rating; a score outside its range.",
  computesPerValue: true,
  apply(data) {
    const kpis = (data as { kpis?: (Partial<KpiInput> | null)[] | null } | null)?.kpis;
    const findings: Finding[] = [];
    if (!Array.isArray(kpis)) return { computed: { kpis: null, finalScore: null, rating: null }, findings };
    const results = kpis.map((kpi, index): KpiResult => {
      // A KPI whose planned or actual value is missing has no achievement %, so no band: nothing of it is known.
      if (kpi === null || typeof kpi !== 'object' || !isNumber(kpi.planned) || !isNumber(kpi.actual)) {
        return {
          achievementPercent: null,
          ...(kpi?.kind === 'instructions' ? { maxScore: null } : typeof kpi?.kind === 'string' ? { allowedRange: null } : {}),
          score: null,
        };
      }
      const percent = computeAchievementPercent(kpi.planned, kpi.actual);
      if (typeof kpi.kind !== 'string') return { achievementPercent: toNumber(percent), score: null };
      const score = isNumber(kpi.score) ? toDecimal(kpi.score) : undefined;
      const pointer = `/kpis/${index}/score`;
      if (kpi.kind === 'instructions') {
        const max = toDecimal(findBand(maxScoreTable, percent).max);
        if (score?.gt(max)) {
          findings.push({
            ruleId: 'kpi-score-above-max',
            pointer,
            severity: 'error',
            values: { score: score.toString(), max: max.toString(), percent: percent.toString() },
            fix: { value: toNumber(max) },
          });
        }
        return { achievementPercent: toNumber(percent), maxScore: toNumber(max), score: score ? toNumber(score) : null };
      }
      const band = findBand(rangeTable, percent);
      const [min, max] = [toDecimal(band.min), toDecimal(band.max)];
      if (score && (score.lt(min) || score.gt(max))) {
        findings.push({
          ruleId: 'kpi-score-out-of-range',
          pointer,
          severity: 'error',
          values: { score: score.toString(), min: min.toString(), max: max.toString(), percent: percent.toString() },
          fix: { value: toNumber(score.lt(min) ? min : max) },
        });
      }
      return { achievementPercent: toNumber(percent), allowedRange: [toNumber(min), toNumber(max)], score: score ? toNumber(score) : null };
    });
    const scores = results.map((result) => result.score);
    const complete = scores.length > 0 && scores.every((score): score is number => score !== null);
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
