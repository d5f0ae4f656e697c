export * from './project-context.js';
export * from './project-options.js';
export * from './project-root.js';
export * from './stamp-locales.js';
