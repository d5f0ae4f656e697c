export * from './show-forms-page.js';
