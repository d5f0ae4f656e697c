import { describe, expect, it } from 'vitest';

import { addDays, fromDayNumber, toDayNumber, weekdayOf } from '../../src/core/calendar/iso-date.js';

// The day numbers of src/core/calendar/iso-date.ts are computed without `Date` for valid dates of the years
// 0000-9999: they must be exactly what `Date` gives, over the whole range and at its edges.
const byDate = {
  toDayNumber: (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000),
  fromDayNumber: (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10),
};

describe('ISO dates as day numbers', () => {
  it('match Date on every day of the years 0000-9999', () => {
    const first = byDate.toDayNumber('0000-01-01');
    const last = byDate.toDayNumber('9999-12-31');
    expect([first, last]).toEqual([-719_528, 2_932_896]);
    let checked = 0;
    for (let day = first; day <= last; day += 1) {
      const iso = byDate.fromDayNumber(day);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) expect([day, fromDayNumber(day), toDayNumber(iso)]).toEqual([day, iso, day]);
      checked += 1;
    }
    expect(checked).toBe(3_652_425);
  });

  it('go through Date for anything else, as before', () => {
    for (const text of ['2026-02-29', '2026-02-30', '2024-02-30', '2026-13-01', '2026-00-10', '2026-1-01', 'abcd-ef-gh', '', '+02026-01-01']) {
      expect(Object.is(toDayNumber(text), byDate.toDayNumber(text)), text).toBe(true);
    }
    for (const day of [-719_529, 2_932_897, -1e8, 1e8]) expect(fromDayNumber(day)).toBe(byDate.fromDayNumber(day));
  });

  it('count days and weekdays', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-12-02')).toBe(3);
  });
});
