/** qujat's library API: the same operations as the CLI, typed. */
export { listForms, validate, compute, computeParts, render, writeDocuments, findExamples, startSheetFromAgreement, UnknownFormError, createProject, checkForms } from './api/index.js';
export type { FormSummary, ValidationResult, ComputeResult, Example } from './api/index.js';
export type { ProjectContext, ProjectOptions } from './core/project/index.js';
export type { RenderRequest, RenderResult, RenderedDocument, OutputFormat, ComputedParts } from './pipeline/index.js';
export { outputFormats } from './pipeline/index.js';
export { parseData, readDataFile } from './core/data/index.js';
export type { ParsedData, ReadResult, DataFormat } from './core/data/index.js';
export type { Problem, Place, Severity } from './core/problems/index.js';
export { documentLanguages, uiLanguages } from './core/i18n/index.js';
export type { DocumentLanguage, UiLanguage } from './core/i18n/index.js';
export { formatStylish, formatJson, formatSarif } from './report/index.js';
export { formatDate, formatDecimal } from './core/format/index.js';
