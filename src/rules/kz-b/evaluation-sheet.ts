import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import { meanOf, roundHalfUp, toDecimal, toNumber } from '../../core/decimal/index.js';
import { checkEligibility, describeIneligibility, ineligibility } from '../common/check-eligibility.js';
import { completeAbsences, completeTransfers } from '../common/complete-inputs.js';
import { describeLateEvaluation, lateEvaluation } from '../common/evaluation-late.js';
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
    ids: ['sanction-cap', 'wrong-sheet', ...ineligibility.ids, ...lateEvaluation.ids],
    severities: ['error', 'warning'],
    messageKeys: [
      'rule.sanction-cap.message',
      'rule.sanction-cap.expected',
      'rule.wrong-sheet.message',
      'rule.wrong-sheet.expected',
      ...ineligibility.messageKeys,
      ...lateEvaluation.messageKeys,
    ],
    doc: "The parameters' scores (the fifth capped by a sanction), the final score and rating, the sheet a category takes, eligibility and deadlines.",
    computesPerValue: true,
    apply(data) {
      // While the sheet is being filled in any value may be missing: each value below is computed from its own
      // inputs only, and is null (or left out) while one of them is missing.
      const input = (data ?? {}) as Partial<SheetInput>;
      const findings: Finding[] = [];
      const sanctionKnown = input.sanction === undefined || typeof input.sanction?.kind === 'string';
      const cap = capForSanction(input.sanction?.kind);
      const scores = Array.isArray(input.parameters) ? input.parameters.map((parameter) => (isNumber(parameter?.score) ? parameter.score : null)) : null;
      const parameters =
        scores?.map((score, index) => {
          if (index === 4 && !sanctionKnown) return { score, cap: null };
          const isCapped = index === 4 && cap !== undefined;
          if (isCapped && score !== null && toDecimal(score).gt(cap)) {
            findings.push({
              ruleId: 'sanction-cap',
              pointer: '/parameters/4/score',
              severity: 'error',
              values: { score: String(score), cap },
              fix: { value: Number(cap) },
            });
          }
          return { score, ...(isCapped && { cap: Number(cap) }) };
        }) ?? null;
      const complete = scores !== null && scores.length > 0 && sanctionKnown && scores.every((score): score is number => score !== null);
      const finalScore = complete ? roundHalfUp(meanOf(scores.map((score) => toDecimal(score))), 2) : undefined;
      const person = input.person;
      const choice =
        typeof person?.categoryCode === 'string' && typeof person.headsUnit === 'boolean' ? chooseSheet(person.categoryCode, person.headsUnit) : undefined;
      if (choice && choice.sheet !== sheet) {
        findings.push({
          ruleId: 'wrong-sheet',
          pointer: '/person',
          severity: 'error',
          values: { code: person!.categoryCode, form: `kz-b-sheet-${choice.sheet}` },
        });
      }
      // A day transfer or absence still being typed leaves every value counted in working days unknown.
      const transfers = completeTransfers(input.calendar);
      const absences = completeAbsences(input.absences);
      const calendar = transfers === null ? undefined : createKzCalendar(transfers);
      const year = isNumber(input.quarter?.year) ? input.quarter.year : undefined;
      const quarterNumber = isNumber(input.quarter?.number) ? input.quarter.number : undefined;
      const quarterKnown = year !== undefined && quarterNumber !== undefined;
      const period = quarterKnown ? quarterPeriod(year, quarterNumber) : undefined;
      const rule = { minMonths: 1, minWorkedDays: 15 };
      const eligibility =
        period && transfers !== null && absences !== null
          ? checkEligibility({ period, positionSince: input.positionSince, absences, transfers }, rule)
          : undefined;
      if (eligibility && period) findings.push(...describeIneligibility(eligibility, period.to, rule));
      const monthAfter = quarterKnown ? (quarterNumber === 4 ? `${year + 1}-01` : `${year}-${String(quarterNumber * 3 + 1).padStart(2, '0')}`) : undefined;
      const evaluation = monthAfter === undefined || !calendar ? null : calendar.onOrAfter(`${monthAfter}-20`);
      findings.push(...describeLateEvaluation(input.date, evaluation));
      return {
        computed: {
          parameters,
          finalScore: finalScore ? toNumber(finalScore) : null,
          rating: finalScore ? rateBScore(finalScore) : null,
          sheet: choice?.sheet ?? null,
          evaluator: choice?.evaluator ?? null,
          period: period ?? null,
          eligible: eligibility?.eligible ?? null,
          ...(eligibility?.reason && { ineligibleReason: eligibility.reason }),
          workedDays: eligibility?.workedDays ?? null,
          deadlines: {
            evaluation,
            annualScore: year === undefined || !calendar ? null : calendar.onOrAfter(`${year + 1}-01-30`),
            ...(input.acquaintedOn && { appeal: calendar ? calendar.addWorkingDays(input.acquaintedOn, 5) : null }),
          },
        },
        findings,
      };
    },
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export const kzBManagerSheet = createBSheetModule('manager');
export const kzBStaffSheet = createBSheetModule('staff');
