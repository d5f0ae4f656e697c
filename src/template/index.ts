export * from './escape-markdown.js';
export * from './compile-template.js';
export * from './helpers.js';
