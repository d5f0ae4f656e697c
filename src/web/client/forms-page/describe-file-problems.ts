import type { Problem } from '../api.js';
import type { UiTexts } from '../ui-texts.js';

/** A file that cannot be read: each problem once, by the file's own name, with its line and column and what to do. */
export function describeFileProblems(name: string, problems: Problem[], ui: UiTexts): string {
  return problems
    .map((problem) => {
      const { line, column } = problem.place;
      const place = line !== undefined ? ` (${ui.t('forms.filePlace', 'web', { line, column: column ?? 1 })})` : '';
      return `${name}: ${ui.withoutCodes(problem.message)}${place}${problem.expected ? ` — ${ui.withoutCodes(problem.expected)}` : ''}`;
    })
    .join('; ');
}
