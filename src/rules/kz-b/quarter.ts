import { addDays } from '../../core/calendar/index.js';

/** The first and last day of a quarter. */
export function quarterPeriod(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}
