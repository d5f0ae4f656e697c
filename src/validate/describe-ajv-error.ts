import type { ErrorObject } from 'ajv';

import type { ParsedData } from '../core/data/index.js';
import { localizeNumbers } from '../core/format/index.js';
import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { choiceText, fieldLabel, type Form } from '../forms/index.js';

/**
 * An ajv error as a problem in the user's language, placed at the field (and its line in the data file). A field
 * is named by its label in the form's texts (the pointer says where it is); types, formats and the values of a
 * choice by their names in the user's language. Only a field the form does not have is named as the data names it.
 */
export function describeAjvError(error: ErrorObject, translator: Translator, data: Pick<ParsedData, 'file' | 'locate'>, form?: Form): Problem {
  const params = error.params as Record<string, unknown>;
  const pointer =
    error.keyword === 'required'
      ? `${error.instancePath}/${escapePointer(String(params.missingProperty))}`
      : error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`
        : error.instancePath;
  const label = (at: string) => (form && fieldLabel(form, at, translator.lang)) ?? lastSegment(at);
  const valueText = (at: string, value: unknown) => {
    const text = form && typeof value === 'string' ? choiceText(form, at, value, translator.lang) : undefined;
    return text ? translator.t('enum.value', 'errors', { text, value: formatValue(value) }) : formatValue(value);
  };
  const values = localizeNumbers(
    {
      field: error.keyword === 'additionalProperties' ? lastSegment(pointer) : label(pointer),
      limit: formatValue(params.limit ?? params.multipleOf ?? params.allowedValue),
      comparison: params.comparison,
      type:
        typeof params.type === 'string'
          ? params.type
              .split(',')
              .map((type) => translator.find(dynamicKey(`typeName.${type}`), 'errors') ?? type)
              .join(' / ')
          : undefined,
      format: typeof params.format === 'string' ? (translator.find(dynamicKey(`formatName.${params.format}`), 'errors') ?? params.format) : undefined,
      allowed: Array.isArray(params.allowedValues) ? params.allowedValues.map((value) => valueText(pointer, value)).join(', ') : undefined,
      min: params.minContains ?? 1,
      max: params.maxContains,
      pattern: params.pattern,
      ...(error.keyword === 'contains' &&
        describeContains(
          error,
          pointer,
          label,
          (at, value) => (form && typeof value === 'string' ? choiceText(form, at, value, translator.lang) : undefined) ?? String(value),
        )),
    },
    translator.lang,
  );
  const custom = (error.parentSchema?.['x-qujat'] as { messages?: Record<string, string> } | undefined)?.messages?.[error.keyword];
  const keyword =
    custom !== undefined ? `schema.${custom}` : translator.find(dynamicKey(`${error.keyword}.message`), 'errors') !== undefined ? error.keyword : 'other';
  const position = data.locate(error.keyword === 'required' ? error.instancePath : pointer);
  return {
    ruleId: error.keyword,
    severity: 'error',
    message: translator.t(dynamicKey(`${keyword}.message`), 'errors', values),
    expected: translator.find(dynamicKey(`${keyword}.expected`), 'errors', values),
    place: { file: data.file, pointer, ...position },
  };
}

/**
 * A `contains` that asks for an item with one property of a given value (a KPI whose kind is "instructions"): that
 * property's label as `field`, the value's text as `value`, for the message to say which item is wanted.
 */
function describeContains(
  error: ErrorObject,
  pointer: string,
  label: (at: string) => string,
  text: (at: string, value: unknown) => string,
): Record<string, unknown> {
  const properties = Object.entries((error.parentSchema?.contains as { properties?: Record<string, { const?: unknown }> } | undefined)?.properties ?? {});
  const [name, property] = properties.length === 1 ? properties[0]! : [];
  if (name === undefined || property?.const === undefined) return {};
  const at = `${pointer}/0/${escapePointer(name)}`;
  return { field: label(at), value: text(at, property.const) };
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
