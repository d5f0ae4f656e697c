export * from './create-validator.js';
export * from './describe-ajv-error.js';
export * from './describe-syntax-problem.js';
export type { SchemaValidator } from './find-precompiled-validator.js';
