import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { ImportRefusal } from './import-refusal.js';

/** Refusals whose message already says where in the file. */
const placed = new Set(['truncated', 'unreadable-at-line']);

/** A refusal in the translator's language, led by its place in the XLIFF file (`ru.xlf:120: …`) when it has one. */
export function describeImportRefusal(refusal: ImportRefusal, translator: Translator, file = refusal.values.file ?? ''): string {
  const values = { ...refusal.values, file };
  const message = translator.t(dynamicKey(`locales.import.${refusal.reason}`), 'errors', values);
  return refusal.values.line && !placed.has(refusal.reason) ? `${file}:${refusal.values.line}: ${message}` : message;
}
