// The regulation check's worker thread: registers tsx's loader in this thread (no build step), then serves the check.
import { register } from 'tsx/esm/api';

register();
const { checkRegulationUpload } = await import('./check-regulation-upload.ts');
const { reviewRegulationUpload: review } = await import('./review-regulation-upload.ts');

export default checkRegulationUpload;
/** The reviewed copy of a draft (`pool.run(task, { name: 'reviewRegulationUpload' })`). */
export const reviewRegulationUpload = review;
