export * from './parse-data.js';
export * from './read-data-file.js';
export * from './nesting-depth.js';
export * from './find-oversize.js';
