// The regulation check's worker thread (see regulation-checker.ts): the check, and the reviewed copy and the report by name.
export { checkRegulationUpload as default } from './check-regulation-upload.js';
/** The reviewed copy of a draft (`pool.run(task, { name: 'reviewRegulationUpload' })`). */
export { reviewRegulationUpload } from './review-regulation-upload.js';
/** The check's printable report, PDF or DOCX (`pool.run(task, { name: 'renderCheckReport' })`). */
export { renderCheckReport } from './render-check-report.js';
