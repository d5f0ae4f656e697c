import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';

import { createKzCalendar } from '../../src/core/calendar/index.js';
import { kzPublicHolidays, tableYears } from '../../src/core/calendar/kz-public-holidays.js';

/** The public holidays `date-holidays` gives for a year, as the calendar counted them before the table. */
function fromLibrary(year: number): string[] {
  return [
    ...new Set(
      new Holidays('KZ')
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    ),
  ];
}

describe('the table of Kazakhstan public holidays (made from date-holidays, so that start-up does not load it)', () => {
  it('agrees with date-holidays for every year it covers (after an upgrade: node src/build/write-kz-holidays.mjs)', () => {
    for (let year = tableYears.first; year <= tableYears.last; year += 1) {
      expect(
        kzPublicHolidays[year]!.split(' ').map((day) => `${year}-${day}`),
        String(year),
      ).toEqual(fromLibrary(year));
    }
  });

  it('gives the calendar the days off of a year inside it and asks the library for a year outside it', () => {
    const calendar = createKzCalendar();
    expect(calendar.isWorkingDay('2026-05-27')).toBe(false); // Kurban Ait (a lunar holiday)
    expect(calendar.isWorkingDay('2026-05-26')).toBe(true);
    const outside = tableYears.last + 1;
    const holiday = fromLibrary(outside).find((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))!;
    expect(calendar.isWorkingDay(holiday)).toBe(false);
    expect(calendar.countWorkingDays(`${outside}-01-01`, `${outside}-12-31`)).toBeLessThan(261);
  });
});
