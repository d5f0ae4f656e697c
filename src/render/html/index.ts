export * from './document-css.js';
export * from './escape-html.js';
export * from './render-html.js';
