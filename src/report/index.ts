export * from './format-json.js';
export * from './format-sarif.js';
export * from './format-stylish.js';
