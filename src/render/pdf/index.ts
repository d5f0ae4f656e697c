export * from './batch-stream-writes.js';
export * from './cache-text-measures.js';
export * from './lighten-style-lookups.js';
export * from './pdf-engine.js';
export * from './render-pdf.js';
export * from './share-word-runs.js';
