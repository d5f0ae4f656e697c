export * from './layout.js';
export * from './to-layout.js';
