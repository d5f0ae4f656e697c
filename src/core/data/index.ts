export * from './find-oversize.js';
export * from './nesting-depth.js';
export * from './parse-data.js';
export * from './read-data-file.js';
