/**
 * The values of `kept` that `other` has too, equal, at the same place; the others become null ("not known").
 * Objects and lists of objects are compared member by member, anything else (a number, a range) as a whole.
 */
export function keepEqualValues(kept: unknown, other: unknown): unknown {
  if (JSON.stringify(kept) === JSON.stringify(other)) return kept;
  if (Array.isArray(kept) && Array.isArray(other) && kept.length === other.length && kept.some((item) => item !== null && typeof item === 'object')) {
    return kept.map((item, index) => keepEqualValues(item, other[index]));
  }
  if (isRecord(kept) && isRecord(other)) return Object.fromEntries(Object.entries(kept).map(([key, value]) => [key, keepEqualValues(value, other[key])]));
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
