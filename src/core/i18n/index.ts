export * from './create-translator.js';
export * from './languages.js';
export * from './load-locales.js';
export * from './locale-keys.js';
