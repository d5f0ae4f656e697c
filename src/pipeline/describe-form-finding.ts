import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { FormSource } from '../forms/index.js';

/** Something wrong with a form's own files (`errors.form.<id>`), at a pointer of one of them. */
export interface FormFinding {
  id: string;
  values: Record<string, string>;
  file: string;
  pointer: string;
  /** The file's text as parsed, to give the pointer's line:column. */
  data?: FormSource['manifest'];
}

/** A form's finding as a problem in the user's language, with its file and line. */
export function describeFormFinding(finding: FormFinding, translator: Translator): Problem {
  return {
    ruleId: `form-${finding.id}`,
    severity: 'error',
    message: translator.t(dynamicKey(`form.${finding.id}.message`), 'errors', finding.values),
    expected: translator.find(dynamicKey(`form.${finding.id}.expected`), 'errors', finding.values),
    place: { file: finding.file, pointer: finding.pointer, ...finding.data?.locate(finding.pointer) },
  };
}
