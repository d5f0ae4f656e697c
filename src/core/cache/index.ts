export * from './create-bounded-cache.js';
