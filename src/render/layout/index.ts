export * from './fit-blocks.js';
export * from './hyphenate-word.js';
export * from './keeps-with-next.js';
export * from './layout.js';
export * from './to-layout.js';
