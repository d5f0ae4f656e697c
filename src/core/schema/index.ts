export * from './resolve-schema-ref.js';
export * from './find-schema-at.js';
