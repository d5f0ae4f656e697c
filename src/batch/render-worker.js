// A batch worker thread: registers tsx's loader in this thread (no build step), then serves `renderRecord` to the pool.
import { register } from 'tsx/esm/api';

register();
const { renderRecord } = await import('./render-record.ts');

export default renderRecord;
