export * from './format-stylish.js';
export * from './format-json.js';
export * from './format-sarif.js';
