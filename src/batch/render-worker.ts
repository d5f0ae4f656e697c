// A batch worker thread (see render-worker-file.ts): serves `renderRecord` to the pool.
export { renderRecord as default } from './render-record.js';
