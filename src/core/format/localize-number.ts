/** A plain decimal number in message text: decimal comma for kk, ru, ky ("4,75"), point for en; other values unchanged. */
export function localizeNumber(value: unknown, lang: string): unknown {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text) || lang === 'en') return value;
  return text.replace('.', ',');
}

/** A calendar date in message text: `20.01.2026` for kk, ru, ky (as their official texts write dates in figures), ISO for en. */
export function localizeIsoDate(value: unknown, lang: string): unknown {
  const match = typeof value === 'string' && lang !== 'en' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** Numbers and dates of a set of message values, as the language writes them. */
export function localizeNumbers<T extends Record<string, unknown>>(values: T, lang: string): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, localizeIsoDate(localizeNumber(value, lang), lang)])) as T;
}
