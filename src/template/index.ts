export * from './compile-template.js';
export * from './helpers.js';
export * from './slots.js';
