export * from './format-date.js';
export * from './format-decimal.js';
export * from './localize-number.js';
export * from './output-formats.js';
