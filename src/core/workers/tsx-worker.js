// A worker thread started from the TypeScript sources (tests, `--import tsx`): registers tsx's loader in this thread,
// then serves the module named by `workerData.tsxModule` (see worker-module.ts). Not part of the package: the
// compiled workers are plain JavaScript.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.tsxModule);

export default worker.default;
/** The regulation worker's second task (piscina picks a task by export name, and exports must be static). */
export const reviewRegulationUpload = worker.reviewRegulationUpload;
