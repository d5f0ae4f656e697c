export * from './chart/index.js';
export * from './docx/index.js';
export * from './fonts.js';
export * from './html/index.js';
export * from './layout/index.js';
export * from './pdf/index.js';
export * from './render-options.js';
