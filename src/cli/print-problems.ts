import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { qujatVersion } from '../core/version.js';
import { formatJson, formatSarif, formatStylish } from '../report/index.js';

export const reportFormats = ['stylish', 'json', 'sarif'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** qujat's version (package.json's), under the name the commands use. */
export const version = qujatVersion;

/** Problems in the asked report format: stylish to standard error, JSON and SARIF to standard output (for tools). */
export function printProblems(problems: readonly Problem[], format: ReportFormat, lang: UiLanguage): void {
  if (format === 'json') process.stdout.write(formatJson(problems));
  else if (format === 'sarif') process.stdout.write(formatSarif(problems, version));
  else if (problems.length > 0) process.stderr.write(formatStylish(problems, lang));
}
