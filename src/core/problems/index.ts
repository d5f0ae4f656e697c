export * from './problem.js';
export * from './format-place.js';
