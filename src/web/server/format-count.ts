/** A whole number as the UI language writes it, with its thousands separator ("20 000", "20,000"). */
export function formatCount(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}
