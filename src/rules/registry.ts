import { periodOrder } from './common/period-order.js';
import { kzAAgreementCat1Deadlines, kzAAgreementCat2Deadlines } from './kz-a/agreement-deadlines.js';
import { kzAEligibility } from './kz-a/eligibility.js';
import { kzAEvaluationDeadlines } from './kz-a/evaluation-deadlines.js';
import { kzAKpiScores } from './kz-a/kpi-scores.js';
import { kzBAnnualSummary } from './kz-b/annual-summary.js';
import { kzBCalibration } from './kz-b/calibration.js';
import { kzBManagerSheet, kzBStaffSheet } from './kz-b/evaluation-sheet.js';
import { kzBUnitSummary } from './kz-b/unit-summary.js';
import { kzConceptIndicators } from './kz-concept/indicators-report.js';
import { kzReserveList } from './kz-reserve/reserve-list.js';
import type { RuleModule } from './rule-module.js';

/** Every rule module, by the name a form's manifest uses. */
export const ruleModules: ReadonlyMap<string, RuleModule> = new Map(
  [
    periodOrder,
    kzAKpiScores,
    kzAEligibility,
    kzAEvaluationDeadlines,
    kzAAgreementCat1Deadlines,
    kzAAgreementCat2Deadlines,
    kzReserveList,
    kzConceptIndicators,
    kzBManagerSheet,
    kzBStaffSheet,
    kzBAnnualSummary,
    kzBCalibration,
    kzBUnitSummary,
  ].map((module) => [module.id, module]),
);
