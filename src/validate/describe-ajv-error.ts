import type { ErrorObject } from 'ajv';
import { localizeNumbers } from '../core/format/index.js';
import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { ParsedData } from '../core/data/index.js';

/** An ajv error as a problem in the user's language, placed at the field (and its line in the data file). */
export function describeAjvError(error: ErrorObject, translator: Translator, data: Pick<ParsedData, 'file' | 'locate'>): Problem {
  const params = error.params as Record<string, unknown>;
  const pointer = error.keyword === 'required'
    ? `${error.instancePath}/${escapePointer(String(params.missingProperty))}`
    : error.keyword === 'additionalProperties'
      ? `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`
      : error.instancePath;
  const values = localizeNumbers({
    field: lastSegment(pointer),
    limit: formatValue(params.limit ?? params.multipleOf ?? params.allowedValue),
    comparison: params.comparison,
    type: params.type,
    format: params.format,
    allowed: Array.isArray(params.allowedValues) ? params.allowedValues.map(formatValue).join(', ') : undefined,
    min: params.minContains ?? 1,
    max: params.maxContains,
    pattern: params.pattern,
  }, translator.lang);
  const custom = (error.parentSchema?.['x-qujat'] as { messages?: Record<string, string> } | undefined)?.messages?.[error.keyword];
  const keyword = custom !== undefined ? `schema.${custom}` : translator.find(dynamicKey(`${error.keyword}.message`), 'errors') !== undefined ? error.keyword : 'other';
  const position = data.locate(error.keyword === 'required' ? error.instancePath : pointer);
  return {
    ruleId: error.keyword,
    severity: 'error',
    message: translator.t(dynamicKey(`${keyword}.message`), 'errors', values),
    expected: translator.find(dynamicKey(`${keyword}.expected`), 'errors', values),
    place: { file: data.file, pointer, ...position },
  };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function lastSegment(pointer: string): string {
  return pointer.split('/').at(-1)?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
