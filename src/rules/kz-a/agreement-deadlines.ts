import { createKzCalendar, type DayTransfer } from '../../core/calendar/index.js';
import type { RuleModule } from '../rule-module.js';

interface Input {
  year: number;
  /** Date of appointment to the position, when after the start of the evaluated year. */
  appointedOn?: string;
  /** Category 1: the day the authorized body for civil service affairs agreed the draft. */
  approvedOn?: string;
  calendar?: { transfers?: DayTransfer[] };
}

/**
 * Category 1 (point 7): the draft goes to the authorized body by 20 January of the evaluated year, or within
 * 10 working days of an appointment after 20 January; the body agrees it within 15 working days; the agreement is
 * made within 5 working days of that. A "not later than" date that falls on a day off moves to the next working day;
 * "working days" follow the Kazakhstan calendar.
 */
export const kzAAgreementCat1Deadlines: RuleModule = {
  id: 'kz-a-agreement-cat1-deadlines',
  ids: [],
  severities: [],
  messageKeys: [],
  doc: 'The deadlines of a category 1 agreement (no findings: dates computed only).',
  apply(data) {
    const input = data as Input;
    const calendar = createKzCalendar(input.calendar?.transfers);
    const january20 = calendar.onOrAfter(`${input.year}-01-20`);
    const draftToAgency = input.appointedOn && input.appointedOn > january20 ? calendar.addWorkingDays(input.appointedOn, 10) : january20;
    return {
      computed: {
        deadlines: {
          draftToAgency,
          agencyResponse: calendar.addWorkingDays(draftToAgency, 15),
          ...(input.approvedOn && { agreement: calendar.addWorkingDays(input.approvedOn, 5) }),
          evaluation: calendar.onOrAfter(`${input.year + 1}-01-20`),
        },
      },
      findings: [],
    };
  },
};

/** Category 2 (point 7): the agreement is made before 1 February of the evaluated year (a date "before", not moved). */
export const kzAAgreementCat2Deadlines: RuleModule = {
  id: 'kz-a-agreement-cat2-deadlines',
  ids: [],
  severities: [],
  messageKeys: [],
  doc: 'The deadlines of a category 2 agreement (no findings: dates computed only).',
  apply(data) {
    const { year, calendar } = data as Input;
    return {
      computed: { deadlines: { agreement: `${year}-02-01`, evaluation: createKzCalendar(calendar?.transfers).onOrAfter(`${year + 1}-01-20`) } },
      findings: [],
    };
  },
};
