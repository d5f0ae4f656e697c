import { documentLanguages, uiLanguages } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import { listFormIds } from '../../forms/index.js';
import { outputFormats } from '../../pipeline/index.js';
import { regulationLimits } from './regulation-limits.js';

/** JSON Schemas of the requests: every body, parameter and query is checked against one before a route runs. */
export const uiLangSchema = { type: 'string', enum: [...uiLanguages] } as const;

/** A document language or a bilingual pair (`kk+ru`). */
export const documentVersionSchema = {
  type: 'string',
  enum: [
    ...documentLanguages,
    ...documentLanguages.flatMap((first) => documentLanguages.filter((second) => second !== first).map((second) => `${first}+${second}`)),
  ],
} as const;

export function formParamsSchema(project?: ProjectContext) {
  return { type: 'object', required: ['formId'], additionalProperties: false, properties: { formId: { type: 'string', enum: listFormIds(project) } } } as const;
}

export const uiLangQuerySchema = { type: 'object', additionalProperties: false, properties: { uiLang: uiLangSchema } } as const;

/** The data of a form (any JSON value: the form's own schema judges it) and the language of the messages. */
export const checkBodySchema = {
  type: 'object',
  required: ['data'],
  additionalProperties: false,
  properties: { data: {}, uiLang: uiLangSchema },
} as const;

export const previewBodySchema = {
  type: 'object',
  required: ['data', 'langs'],
  additionalProperties: false,
  properties: { data: {}, uiLang: uiLangSchema, langs: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: documentVersionSchema } },
} as const;

export const renderBodySchema = {
  type: 'object',
  required: ['data', 'lang', 'format'],
  additionalProperties: false,
  properties: { data: {}, uiLang: uiLangSchema, lang: documentVersionSchema, format: { type: 'string', enum: [...outputFormats] }, pdfa: { type: 'boolean' } },
} as const;

export const parseBodySchema = {
  type: 'object',
  required: ['text', 'format'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', maxLength: 2_000_000 },
    format: { type: 'string', enum: ['json', 'yaml', 'csv'] },
    /** Which record of a file that holds several (a CSV, a JSON or YAML array), from 0. */
    record: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    uiLang: uiLangSchema,
  },
} as const;

/**
 * A draft regulation: an uploaded file (a Buffer), or pasted text. The text's limit is in UTF-8 bytes (the multipart
 * `fieldSize`, checked before this schema); as characters, never more than that.
 */
export const regulationBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    file: { type: 'object' },
    fileType: { type: 'string', enum: ['docx', 'md', 'txt'] },
    text: { type: 'string', maxLength: regulationLimits.textBytes },
    profile: { type: 'string', enum: ['kz', 'kg', 'auto'] },
    lang: { type: 'string', enum: ['kk', 'ru', 'ky', 'auto'] },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    uiLang: uiLangSchema,
    // The printable report's format, and the draft's own name for it (a name only: nothing is read by it).
    format: { type: 'string', enum: ['pdf', 'docx'] },
    fileName: { type: 'string', maxLength: 255 },
  },
} as const;

export const xliffImportBodySchema = {
  type: 'object',
  required: ['file'],
  additionalProperties: false,
  properties: {
    file: { type: 'object' },
    lang: { type: 'string', enum: [...documentLanguages] },
    confirm: { type: 'string', enum: ['yes'] },
    fileName: { type: 'string', minLength: 1, maxLength: 255 },
    uiLang: uiLangSchema,
  },
} as const;
