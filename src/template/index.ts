export * from './compile-template.js';
export * from './helpers.js';
export { TemplateError } from './prepare-template.js';
export * from './slots.js';
