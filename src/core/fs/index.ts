export * from './remove-stale-temporaries.js';
export * from './write-file-atomic.js';
