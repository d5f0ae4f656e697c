export * from './write-file-atomic.js';
