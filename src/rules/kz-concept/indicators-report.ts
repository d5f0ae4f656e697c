import { toDecimal, toNumber } from '../../core/decimal/index.js';
import type { RuleModule } from '../rule-module.js';
import { conceptIndicators, conceptYears } from './concept-indicators.js';

export type IndicatorStatus = 'met' | 'not-met' | 'no-data';

interface Input {
  years?: string[];
  actual: Record<string, Record<string, number | null>>;
}

/**
 * Concept 2024-2029 indicators report: per indicator and year the target, the actual value, the deviation
 * (actual − target) and the status, with the direction taken into account (for ethics offences lower is better).
 */
export const kzConceptIndicators: RuleModule = {
  id: 'kz-concept-indicators',
  ids: [],
  severities: [],
  messageKeys: [],
  doc: "The Concept's indicators against their yearly targets (no findings: values computed only).",
  apply(data) {
    const { years = [...conceptYears], actual } = data as Input;
    const indicators = conceptIndicators.map((indicator) => ({
      id: indicator.id,
      unit: indicator.unit,
      direction: indicator.direction,
      years: years.map((year) => {
        const target = toDecimal(indicator.targets[year]!);
        const value = actual[indicator.id]?.[year];
        if (value === undefined || value === null)
          return { year, target: toNumber(target), actual: null, deviation: null, status: 'no-data' as IndicatorStatus };
        const reached = toDecimal(value);
        const met = indicator.direction === 'lower-is-better' ? reached.lte(target) : reached.gte(target);
        return {
          year,
          target: toNumber(target),
          actual: value,
          deviation: toNumber(reached.minus(target)),
          status: (met ? 'met' : 'not-met') as IndicatorStatus,
        };
      }),
    }));
    return { computed: { indicators }, findings: [] };
  },
};
