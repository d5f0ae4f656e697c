// The worker thread of the server's costly requests (see work-pool.ts).
export { runWorkTask as default } from './run-work-task.js';
