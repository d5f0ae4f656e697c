export * from './slots.js';
export * from './compile-template.js';
export * from './helpers.js';
