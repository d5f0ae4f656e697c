import { localizeNumbers } from '../core/format/index.js';
import type { Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { localizeRuleFinding } from '../core/rules/index.js';
import type { Finding } from '../rules/index.js';

type Locate = (pointer: string) => { line: number; column: number } | undefined;

/** A rule module's finding as a problem in the user's language, with its place in the data file. */
export function localizeFinding(finding: Finding, translator: Translator, file: string | undefined, locate: Locate): Problem {
  const values = localizeNumbers(finding.values ?? {}, translator.lang);
  // A form named by its id (the sheet a servant's category takes) is named by its title too, for the message.
  if (typeof values.form === 'string') values.formTitle = translator.find(values.form, 'forms') ?? values.form;
  const { message, expected } = localizeRuleFinding('form', finding, translator, values);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message,
    expected,
    place: { file, pointer: finding.pointer, ...locate(finding.pointer) },
    ...(finding.fix && { fix: { description: expected ?? '', value: finding.fix.value } }),
    ...(finding.blocksRender && { blocksRender: true }),
  };
}
