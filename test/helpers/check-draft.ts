import { checkRegulation, type CheckRegulationOptions, type DocumentLine } from '../../src/regulation/index.js';

/** The check of a draft that the check reads: a draft refused (unsupported language) fails the test. */
export function checkDraft(lines: DocumentLine[], options: CheckRegulationOptions) {
  const result = checkRegulation(lines, options);
  if (!result.ok) throw new Error(`the check refused the draft: ${result.reason}`);
  return result;
}
