export * from './build-field.js';
export * from './build-form.js';
export * from './schema-node.js';
export * from './show-problems.js';
