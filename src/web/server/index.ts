export * from './check-regulation-upload.js';
export * from './client-bundle.js';
export * from './create-server.js';
export * from './regulation-limits.js';
export * from './security-headers.js';
export * from './server-options.js';
