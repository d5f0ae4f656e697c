export * from './locale-files.js';
export * from './locale-scope.js';
export * from './check-locales.js';
export * from './locale-coverage.js';
export * from './xliff-export.js';
export * from './xliff-import.js';
export * from './sync-locales.js';
export * from './find-key-usage.js';
