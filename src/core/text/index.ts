export * from './scripts.js';
