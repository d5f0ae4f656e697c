import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { formatPlace, type Problem } from '../core/problems/index.js';

/** Problems grouped by file, one per line with place, severity, message, expectation and rule id; then a count. */
export function formatStylish(problems: readonly Problem[], lang: UiLanguage = 'en'): string {
  if (problems.length === 0) return '';
  const translator = createTranslator(lang);
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const file = problem.place.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    if (file) lines.push(file);
    for (const problem of list) {
      const place = formatPlace({ ...problem.place, file: undefined });
      const severity = translator.t(`severity.${problem.severity}`, 'cli');
      lines.push(`  ${place}  ${severity}  ${problem.message}  ${problem.ruleId}`);
      if (problem.expected) lines.push(`      ${translator.t('expected', 'cli')}: ${problem.expected}`);
    }
    lines.push('');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push(translator.t('summary', 'cli', { count: problems.length, errors, warnings: problems.length - errors }));
  return `${lines.join('\n')}\n`;
}
