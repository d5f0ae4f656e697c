/** qujat's library API: the same operations as the CLI, typed. */
export type { ComputeResult, Example, FormSummary, ValidationResult } from './api/index.js';
export {
  checkForms,
  compute,
  computeParts,
  createProject,
  findExamples,
  listForms,
  render,
  startSheetFromAgreement,
  UnknownFormError,
  validate,
  writeDocuments,
} from './api/index.js';
export type { DataFormat, ParsedData, ReadResult } from './core/data/index.js';
export { parseData, readDataFile } from './core/data/index.js';
export { formatDate, formatDecimal } from './core/format/index.js';
export type { DocumentLanguage, UiLanguage } from './core/i18n/index.js';
export { documentLanguages, uiLanguages } from './core/i18n/index.js';
export type { Place, Problem, Severity } from './core/problems/index.js';
export type { ProjectContext, ProjectOptions } from './core/project/index.js';
export type { ComputedParts, OutputFormat, RenderedDocument, RenderRequest, RenderResult } from './pipeline/index.js';
export { outputFormats } from './pipeline/index.js';
export { formatJson, formatSarif, formatStylish } from './report/index.js';
