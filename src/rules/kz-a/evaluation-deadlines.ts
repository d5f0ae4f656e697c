import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import { completeTransfers } from '../common/complete-inputs.js';
import { describeLateEvaluation, lateEvaluation } from '../common/evaluation-late.js';
import type { Finding, RuleModule } from '../rule-module.js';

interface Input {
  date: string;
  period: { to: string };
  /** The day the servant was acquainted with the results: the appeal runs from it. */
  acquaintedOn?: string;
  calendar?: { transfers?: DayTransfer[] };
}

/**
 * Corps "A" deadlines for the evaluation: carried out not later than 20 January of the year after the evaluated year
 * (point 3; a day off moves it to the next working day); an appeal to the National Commission within 10 working days of acquaintance with the results
 * (point 25). An evaluation dated after its deadline is a warning.
 */
export const kzAEvaluationDeadlines: RuleModule = {
  id: 'kz-a-evaluation-deadlines',
  ids: lateEvaluation.ids,
  severities: ['warning'],
  messageKeys: lateEvaluation.messageKeys,
  doc: "The evaluation's and the appeal's deadlines; an evaluation dated after its deadline.",
  computesPerValue: true,
  apply(data) {
    // While the sheet is being filled in: the deadline needs the period's end only, the lateness warning the date too.
    const input = (data ?? {}) as Partial<Input>;
    // A day transfer still being typed leaves both deadlines unknown.
    const transfers = completeTransfers(input.calendar);
    const calendar = transfers === null ? undefined : createKzCalendar(transfers);
    const to = input.period?.to;
    const evaluation = typeof to === 'string' && calendar ? calendar.onOrAfter(`${Number(to.slice(0, 4)) + 1}-01-20`) : null;
    const appeal = input.acquaintedOn ? (calendar ? calendar.addWorkingDays(input.acquaintedOn, 10) : null) : undefined;
    const findings: Finding[] = describeLateEvaluation(input.date, evaluation);
    return { computed: { deadlines: { evaluation, ...(appeal !== undefined && { appeal }) } }, findings };
  },
};
