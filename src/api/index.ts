export * from './require-form.js';
export * from './list-forms.js';
export * from './validate.js';
export * from './compute.js';
export * from './render.js';
export * from './find-examples.js';
export * from './start-sheet-from-agreement.js';
export * from './preview.js';
