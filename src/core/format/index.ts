export * from './format-date.js';
export * from './format-decimal.js';
