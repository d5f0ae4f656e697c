import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import { meanOf, roundHalfUp, toDecimal, toNumber } from '../../core/decimal/index.js';
import { checkEligibility, describeIneligibility } from '../common/check-eligibility.js';
import type { Finding, RuleModule } from '../rule-module.js';
import { chooseSheet, type Sheet } from './choose-sheet.js';
import { quarterPeriod } from './quarter.js';
import { rateBScore } from './rate-b-score.js';

export type SanctionKind = 'warning' | 'reprimand' | 'severe-reprimand' | 'other';

interface SheetInput {
  date: string;
  quarter: { year: number; number: number };
  person: { categoryCode: string; headsUnit: boolean };
  parameters: { score: number }[];
  sanction?: { kind: SanctionKind };
  positionSince?: string;
  absences?: { from: string; to: string }[];
  acquaintedOn?: string;
  calendar?: { transfers?: DayTransfer[] };
}

/** Parameter 5 with a disciplinary sanction in the quarter: warning, reprimand, severe reprimand → 2.99; any other → 1.99. */
export function capForSanction(kind: SanctionKind | undefined): string | undefined {
  if (kind === undefined) return undefined;
  return kind === 'other' ? '1.99' : '2.99';
}

/**
 * Corps "B" quarterly sheet (points 5, 6, 8, 11, 17, forms 1-2): per parameter the score and, for parameter 5 with a
 * sanction, its cap; the final score = mean of the five, rounded half up to 2 decimals; the rating; which sheet and
 * evaluator point 17 gives; eligibility (1 month, 15 working days); deadlines (by the 20th of the month after the
 * quarter, moved to the next working day when it is a day off; appeal within 5 working days of acquaintance).
 */
export function createBSheetModule(sheet: Sheet): RuleModule {
  return {
    id: `kz-b-${sheet}-sheet`,
    apply(data) {
      const input = data as SheetInput;
      const findings: Finding[] = [];
      const cap = capForSanction(input.sanction?.kind);
      const parameters = input.parameters.map((parameter, index) => {
        const isCapped = index === 4 && cap !== undefined;
        if (isCapped && toDecimal(parameter.score).gt(cap)) {
          findings.push({ ruleId: 'sanction-cap', pointer: '/parameters/4/score', severity: 'error', values: { score: String(parameter.score), cap }, fix: { value: Number(cap) } });
        }
        return { score: parameter.score, ...(isCapped && { cap: Number(cap) }) };
      });
      const finalScore = roundHalfUp(meanOf(input.parameters.map((parameter) => toDecimal(parameter.score))), 2);
      const choice = chooseSheet(input.person.categoryCode, input.person.headsUnit);
      if (choice.sheet !== sheet) {
        findings.push({ ruleId: 'wrong-sheet', pointer: '/person', severity: 'error', values: { code: input.person.categoryCode, form: `kz-b-sheet-${choice.sheet}` } });
      }
      const period = quarterPeriod(input.quarter.year, input.quarter.number);
      const calendar = createKzCalendar(input.calendar?.transfers);
      const rule = { minMonths: 1, minWorkedDays: 15 };
      const eligibility = checkEligibility({ period, positionSince: input.positionSince, absences: input.absences, transfers: input.calendar?.transfers }, rule);
      findings.push(...describeIneligibility(eligibility, period.to, rule));
      const monthAfter = input.quarter.number === 4 ? `${input.quarter.year + 1}-01` : `${input.quarter.year}-${String(input.quarter.number * 3 + 1).padStart(2, '0')}`;
      const evaluation = calendar.onOrAfter(`${monthAfter}-20`);
      if (input.date > evaluation) findings.push({ ruleId: 'evaluation-late', pointer: '/date', severity: 'warning', values: { date: input.date, deadline: evaluation } });
      return {
        computed: {
          parameters,
          finalScore: toNumber(finalScore),
          rating: rateBScore(finalScore),
          sheet: choice.sheet,
          evaluator: choice.evaluator,
          period,
          eligible: eligibility.eligible,
          ...(eligibility.reason && { ineligibleReason: eligibility.reason }),
          workedDays: eligibility.workedDays,
          deadlines: {
            evaluation,
            annualScore: calendar.onOrAfter(`${input.quarter.year + 1}-01-30`),
            ...(input.acquaintedOn && { appeal: calendar.addWorkingDays(input.acquaintedOn, 5) }),
          },
        },
        findings,
      };
    },
  };
}

export const kzBManagerSheet = createBSheetModule('manager');
export const kzBStaffSheet = createBSheetModule('staff');
