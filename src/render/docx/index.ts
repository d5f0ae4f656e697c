export * from './render-docx.js';
export * from './make-zip-reproducible.js';
