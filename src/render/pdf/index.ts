export * from './render-pdf.js';
export * from './pdf-engine.js';
