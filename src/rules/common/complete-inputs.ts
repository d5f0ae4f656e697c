import type { DayTransfer } from '../../core/calendar/index.js';

/**
 * For rule modules that compute per value (`computesPerValue`) while a form is being filled in: the lists they read
 * as a whole, given back only when every item is complete, so that a half-typed item is never read as if it were
 * not there. `undefined` means the list is not given (a valid absence), `null` that it is not complete yet.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The calendar's day transfers: each with its day and what it becomes. */
export function completeTransfers(calendar: unknown): DayTransfer[] | undefined | null {
  if (calendar === undefined) return undefined;
  if (!isRecord(calendar)) return null;
  const transfers = calendar['transfers'];
  if (transfers === undefined) return undefined;
  return Array.isArray(transfers) &&
    transfers.every((transfer) => isRecord(transfer) && typeof transfer['date'] === 'string' && typeof transfer['kind'] === 'string')
    ? (transfers as DayTransfer[])
    : null;
}

/** Absences: each with its first and last day. */
export function completeAbsences(absences: unknown): { from: string; to: string }[] | undefined | null {
  if (absences === undefined) return undefined;
  return Array.isArray(absences) && absences.every((absence) => isRecord(absence) && typeof absence['from'] === 'string' && typeof absence['to'] === 'string')
    ? (absences as { from: string; to: string }[])
    : null;
}
