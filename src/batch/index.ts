export * from './read-records.js';
export * from './render-records.js';
export * from './csv-cells.js';
