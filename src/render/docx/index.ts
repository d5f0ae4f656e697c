export * from './make-zip-reproducible.js';
export * from './render-docx.js';
