import { describeOversize, findOversize, type ParsedData } from '../core/data/index.js';
import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { hasErrors, type Problem } from '../core/problems/index.js';
import { type Edition, findUnappliedAmendments, type Form, projectOf, selectEdition } from '../forms/index.js';
import { type Finding, ruleModules } from '../rules/index.js';
import { createValidator, describeAjvError, describeSyntaxProblem } from '../validate/index.js';
import { checkForm } from './check-form.js';
import { describeUnappliedAmendment } from './describe-unapplied-amendment.js';
import { localizeFinding } from './localize-finding.js';

export interface CheckedData {
  problems: Problem[];
  /** Present when the data is valid: the derived values and the edition to render. */
  valid?: { data: Record<string, unknown>; computed: Record<string, unknown>; edition: Edition };
}

/** Data given as a value (library use) is located by pointer only; data read from a file also by line:column. */
export function toParsedData(input: unknown): ParsedData {
  if (isParsedData(input)) return input;
  return { value: input, problems: [], locate: () => undefined };
}

function isParsedData(input: unknown): input is ParsedData {
  return typeof input === 'object' && input !== null && 'locate' in input && 'problems' in input && 'value' in input;
}

/** Schema, then edition (and the amendments it lacks), then rule modules: every problem of the data, in the user's language. */
export function checkFormData(form: Form, input: unknown, uiLang: UiLanguage = 'en'): CheckedData {
  const parsed = toParsedData(input);
  const project = projectOf(form);
  const translator = createTranslator(uiLang, project);
  // A form whose own files are wrong (its manifest, schema, templates or texts) checks no data.
  const formProblems = checkForm(form, uiLang);
  if (hasErrors(formProblems)) return { problems: formProblems };
  if (parsed.problems.length > 0) {
    return { problems: parsed.problems.map((problem) => describeSyntaxProblem(problem, translator)) };
  }
  // Data given as a value (the library, the web app) is held to the same limits as a file, before validation
  // (which would report each of 300 000 wrong items) and rendering.
  const oversize = findOversize(parsed.value);
  if (oversize) {
    const problem: Problem = {
      ruleId: 'syntax',
      severity: 'error',
      message: describeOversize(oversize),
      place: { file: parsed.file, pointer: oversize.pointer, ...parsed.locate(oversize.pointer) },
    };
    return { problems: [describeSyntaxProblem(problem, translator)] };
  }
  const validate = createValidator(form.schema, project);
  if (!validate(parsed.value)) {
    // An `if` error only says that the `then` part failed (whose own errors say what and where); the errors inside a
    // `contains` are each item's failure to be the wanted one, which the `contains` error itself says.
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if' && !error.schemaPath.includes('/contains/'));
    return { problems: errors.map((error) => describeAjvError(error, translator, parsed, form)) };
  }
  const data = parsed.value as Record<string, unknown>;
  const locate = (finding: Finding) => localizeFinding(finding, translator, parsed.file, parsed.locate);
  const edition = selectEdition(form.manifest, String(data.date), data.edition as string | undefined);
  if (!edition) return { problems: [locate(describeMissingEdition(form, data))] };
  const computed: Record<string, unknown> = {};
  // An edition older than an amending act in force on the document's date: said first, wherever the data is checked.
  const problems: Problem[] = findUnappliedAmendments(form.manifest, edition, String(data.date)).map((amendment) =>
    locate(describeUnappliedAmendment(amendment, edition, String(data.date), translator)),
  );
  for (const name of form.manifest.rules) {
    const module = ruleModules.get(name);
    if (!module) throw new Error(`form ${form.manifest.id} names the unknown rule module "${name}"`);
    const outcome = module.apply(data);
    Object.assign(computed, outcome.computed);
    problems.push(...outcome.findings.map(locate));
  }
  return hasErrors(problems) ? { problems } : { problems, valid: { data, computed, edition } };
}

function describeMissingEdition(form: Form, data: Record<string, unknown>): Finding {
  const editions = form.manifest.editions;
  if (data.edition !== undefined) {
    return {
      ruleId: 'unknown-edition',
      pointer: '/edition',
      severity: 'error',
      values: { edition: String(data.edition), editions: editions.map((e) => e.id).join(', ') },
    };
  }
  const earliest = editions.map((e) => e.effective).sort()[0] ?? '';
  return { ruleId: 'no-edition', pointer: '/date', severity: 'error', values: { date: String(data.date), earliest } };
}
