import { createRequire } from 'node:module';

import { createBoundedCache } from '../cache/index.js';
import { addDays, toDayNumber, weekdayOf } from './iso-date.js';
import { kzPublicHolidays, tableYears } from './kz-public-holidays.js';

/**
 * An official transfer of a day by the Government: a weekday made a day off (`day-off`), or a weekend day made a
 * working day (`working-day`). The holiday library knows the holidays and their substitute days, not these
 * yearly transfers: they are added from data (see the README).
 */
export interface DayTransfer {
  date: string;
  kind: 'day-off' | 'working-day';
  /** The act that made the transfer, for the reader. */
  source?: string;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  countWorkingDays(from: string, to: string): number;
  /** The date `days` working days after `date` (the date itself not counted). */
  addWorkingDays(date: string, days: number): string;
  /** The date itself when it is a working day, else the next working day (a deadline on a day off moves to it). */
  onOrAfter(date: string): string;
}

const holidaysByYear = new Map<number, Set<string>>();
/** Working days counted over ranges, by transfers and range: a batch's documents count the same periods. */
const rangeCounts = createBoundedCache<string, number>(10_000);

/**
 * Public holidays of Kazakhstan and their substitute days off, from the maintained `date-holidays` library: from
 * the table made of it (kz-public-holidays.ts) for the years it covers, else from the library, loaded only then.
 */
function kzHolidays(year: number): Set<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    if (year >= tableYears.first && year <= tableYears.last) {
      dates = new Set(kzPublicHolidays[year]!.split(' ').map((day) => `${year}-${day}`));
    } else {
      const Holidays = createRequire(import.meta.url)('date-holidays') as typeof import('date-holidays').default;
      dates = new Set(
        new Holidays('KZ')
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
    }
    holidaysByYear.set(year, dates);
  }
  return dates;
}

/** The Kazakhstan working calendar: Monday to Friday, less public holidays and their substitute days, with transfers. */
export function createKzCalendar(transfers: readonly DayTransfer[] = []): WorkingCalendar {
  const transferred = new Map(transfers.map((transfer) => [transfer.date, transfer.kind]));
  const transfersKey = transfers.map((transfer) => `${transfer.date}${transfer.kind}`).join(',');
  const isWorkingDay = (date: string): boolean => {
    const transfer = transferred.get(date);
    if (transfer) return transfer === 'working-day';
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return false;
    return !kzHolidays(Number(date.slice(0, 4))).has(date);
  };
  return {
    isWorkingDay,
    countWorkingDays(from, to) {
      return rangeCounts.remember(`${transfersKey}|${from}|${to}`, () => {
        let count = 0;
        for (let day = toDayNumber(from), end = toDayNumber(to); day <= end; day += 1) {
          if (isWorkingDay(addDays(from, day - toDayNumber(from)))) count += 1;
        }
        return count;
      });
    },
    onOrAfter(date) {
      let current = date;
      while (!isWorkingDay(current)) current = addDays(current, 1);
      return current;
    },
    addWorkingDays(date, days) {
      let current = date;
      for (let left = days; left > 0;) {
        current = addDays(current, 1);
        if (isWorkingDay(current)) left -= 1;
      }
      return current;
    },
  };
}
