export * from './escape-html.js';
export * from './render-html.js';
export * from './document-css.js';
