import { inputLimits } from '../../core/limits/index.js';

/**
 * What a draft regulation may be in the web app: the shared `inputLimits` (the same as `qujat check` and the
 * library apply), and what only the server has: its reply's findings and its worker thread's memory.
 */
export const regulationLimits = {
  textBytes: inputLimits.textBytes,
  lines: inputLimits.lines,
  documentXmlBytes: inputLimits.documentXmlBytes,
  inflatedBytes: inputLimits.inflatedBytes,
  entries: inputLimits.entries,
  /** Findings in a reply (and its reports); the most severe are kept, the rest counted. */
  findings: 500,
  /** Memory of the thread a check runs in (MB). */
  workerMemoryMb: 1024,
} as const;
