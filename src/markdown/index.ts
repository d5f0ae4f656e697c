export * from './check-directives.js';
export * from './directives.js';
export * from './parse-markdown.js';
