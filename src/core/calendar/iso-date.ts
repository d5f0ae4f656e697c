/**
 * ISO calendar dates (`YYYY-MM-DD`) as day numbers (days since 1970-01-01), so that date arithmetic never meets time
 * zones. A valid date of the years 0000-9999 is converted by arithmetic (the civil calendar's day count), the same
 * numbers as `Date` gives, with no `Date` made: a year's evaluation period walks ~1000 of them per document (tested
 * against `Date` over the whole range); any other string goes through `Date` as before.
 */
const dayMs = 86_400_000;
const firstDay = -719_528; // 0000-01-01
const lastDay = 2_932_896; // 9999-12-31

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const digitsAt = (text: string, start: number, count: number) => {
  let value = 0;
  for (let index = start; index < start + count; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
};

function isIsoShape(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const index of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

export function toDayNumber(isoDate: string): number {
  if (isIsoShape(isoDate)) {
    const year = digitsAt(isoDate, 0, 4);
    const month = digitsAt(isoDate, 5, 2);
    const day = digitsAt(isoDate, 8, 2);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return daysFromCivil(year, month, day);
  }
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / dayMs);
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

export function fromDayNumber(day: number): string {
  if (!Number.isInteger(day) || day < firstDay || day > lastDay) return new Date(day * dayMs).toISOString().slice(0, 10);
  // The civil date of a day count (the inverse of daysFromCivil).
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(date)}`;
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  return (toDayNumber(isoDate) + 4) % 7;
}

/** Adds calendar months; a day that the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
