export * from './write-file-atomic.js';
export * from './remove-stale-temporaries.js';
