// The worker thread of the server's costly requests: registers tsx's loader in this thread (no build step), then runs them.
import { register } from 'tsx/esm/api';

register();
const { runWorkTask } = await import('./run-work-task.ts');

export default runWorkTask;
