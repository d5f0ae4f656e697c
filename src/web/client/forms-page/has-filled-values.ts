/** Whether the data holds anything typed or loaded: a value other than empty objects and lists. */
export function hasFilledValues(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasFilledValues);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasFilledValues);
  return value !== undefined && value !== null && value !== '';
}
