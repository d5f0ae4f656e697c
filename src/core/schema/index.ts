export * from './find-schema-at.js';
export * from './resolve-schema-ref.js';
