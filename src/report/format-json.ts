import type { Problem } from '../core/problems/index.js';

/** Problems as a JSON array of `{ruleId, severity, message, place, expected?, fix?}`. */
export function formatJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(problems, null, 2)}\n`;
}
