export * from './check-form-data.js';
export * from './build-document-tree.js';
export * from './render-form.js';
export * from './localize-finding.js';
export * from './render-records.js';
export * from './read-fixed-text.js';
export * from './compute-valid-parts.js';
export * from './remove-pointers.js';
