/** A plain decimal number in message text: decimal comma for kk, ru, ky ("4,75"), point for en; other values unchanged. */
export function localizeNumber(value: unknown, lang: string): unknown {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text) || lang === 'en') return value;
  return text.replace('.', ',');
}

/** The same for every value of a set of message values. */
export function localizeNumbers<T extends Record<string, unknown>>(values: T, lang: string): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, localizeNumber(value, lang)])) as T;
}
