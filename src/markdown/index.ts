export * from './parse-markdown.js';
export * from './directives.js';
export * from './check-directives.js';
