export * from './read-regulation.js';
export * from './detect-language.js';
export * from './regulation-profile.js';
export * from './parse-structure.js';
export * from './regulation-rule.js';
export * from './check-regulation.js';
export * from './inspect-docx.js';
export * from './detect-profile.js';
export { docxMaxNesting, DocxTooDeepError } from './read-docx-paragraphs.js';
