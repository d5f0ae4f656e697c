export * from './format-place.js';
export * from './problem.js';
