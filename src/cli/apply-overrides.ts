import type { ParsedData } from '../core/data/index.js';
import type { Translator } from '../core/i18n/index.js';
import { CliExit, exitCodes } from './exit-codes.js';

export interface DataOverrides {
  date?: string;
  edition?: string;
}

/** `--date` and `--edition` replace the data's own `date` and `edition`. */
export function applyOverrides(data: ParsedData, overrides: DataOverrides, translator: Translator): ParsedData {
  if (overrides.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(overrides.date)) {
    throw new CliExit(exitCodes.usage, translator.t('badDate', 'cli', { value: overrides.date }));
  }
  const value = data.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return data;
  const patch = Object.fromEntries(Object.entries({ date: overrides.date, edition: overrides.edition }).filter(([, v]) => v !== undefined));
  return { ...data, value: { ...value, ...patch } };
}
