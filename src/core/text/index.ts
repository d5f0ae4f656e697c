export * from './scripts.js';
export * from './to-document-text.js';
