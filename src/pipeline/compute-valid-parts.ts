import { parsePointer } from '../core/data/index.js';
import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { createSchemaResolver, findSchemaAt } from '../core/schema/index.js';
import { type Form, projectOf, readCommonSchema } from '../forms/index.js';
import { type RuleModule, ruleModules, type RuleOutcome } from '../rules/index.js';
import { checkFormData, toParsedData } from './check-form-data.js';
import { keepEqualValues } from './keep-equal-values.js';
import { localizeFinding } from './localize-finding.js';
import { removePointers } from './remove-pointers.js';
import { trackReads } from './track-reads.js';

export interface ComputedParts {
  problems: Problem[];
  /** The derived values; with `partial`, those that do not depend on a value with an error (the others null). */
  computed: Record<string, unknown> | null;
  partial: boolean;
  /** The data's values that errors other than a missing value cast doubt on (`/kpis/0/planned`): the rows to mark as wrong. */
  doubtful?: string[];
}

function run(module: RuleModule, data: unknown): { outcome: RuleOutcome; reads: Set<string> } | undefined {
  try {
    const { result, reads } = trackReads(data, (view) => module.apply(view));
    return { outcome: JSON.parse(JSON.stringify(result)) as RuleOutcome, reads };
  } catch {
    return undefined;
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  return parsePointer(pointer).reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    data,
  );
}

const isWithin = (pointer: string, errors: readonly string[]) => errors.some((error) => pointer === error || pointer.startsWith(`${error}/`));

/** The schema node at a data pointer (through `properties`, `items` and maps, `$ref`s resolved). */
function schemaAt(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  return findSchemaAt(schema, parsePointer(pointer), createSchemaResolver(schema, readCommonSchema()));
}

const isSame = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/**
 * What one module gives for data whose values at `errors` are not to be trusted: all its values and findings when it
 * read none of them; when it read one that is missing (a required field not yet filled in), those of a module that
 * computes per value (`computesPerValue`: a value whose input is missing comes out null), none from any other; when it
 * read one that is there (a score out of range), only what comes out the same on the data as given.
 */
function trustedOutcome(
  module: RuleModule,
  data: Record<string, unknown>,
  allErrors: readonly string[],
  shortLists: ReadonlyMap<string, number>,
): RuleOutcome | undefined {
  // A list that is too short (KPIs 1-4 of five typed) is, for a module computing per value, the list with its
  // missing items null at their places: the items there keep their values, the totals wait for the others.
  const errors = module.computesPerValue ? allErrors.filter((pointer) => !shortLists.has(pointer)) : allErrors;
  const cleaned = removePointers(data, errors);
  if (module.computesPerValue) {
    for (const [pointer, minItems] of shortLists) {
      const list = valueAt(cleaned, pointer);
      if (Array.isArray(list)) while (list.length < minItems) list.push(null);
    }
  }
  const cleanRun = run(module, cleaned);
  if (!cleanRun) return undefined;
  const tainted = [...cleanRun.reads].filter((read) => isWithin(read, errors));
  if (tainted.length === 0) return cleanRun.outcome;
  if (!module.computesPerValue && tainted.some((pointer) => valueAt(data, pointer) === undefined)) return undefined;
  if (tainted.every((pointer) => valueAt(data, pointer) === undefined)) return cleanRun.outcome;
  const asGiven = run(module, data);
  // A wrong value the module cannot compute with at all (a planned value 0): for a module computing per value, it is
  // as if missing, so that only what depends on it waits (KPI 1 and the final score, not KPIs 2-5).
  if (!asGiven) return module.computesPerValue ? cleanRun.outcome : undefined;
  return {
    computed: keepEqualValues(cleanRun.outcome.computed, asGiven.outcome.computed) as Record<string, unknown>,
    findings: cleanRun.outcome.findings.filter((finding) => asGiven.outcome.findings.some((other) => isSame(finding, other))),
  };
}

/**
 * The derived values of data that has errors, as far as they can be trusted: what an HR officer filling in a
 * form wants to see (the final score while the evaluator's name is still empty, KPIs 2-5 while KPI 1's actual value
 * is still empty). Each rule module of the form runs on the data without its erroneous values, recording what it
 * reads. A module that read none of them gives all its values. One that read an erroneous value that is there (a
 * score out of range) runs once more on the data as given: the values that come out the same both ways (the KPI's
 * allowed range) are kept, the others (the final score) are null. One that read a missing value gives the values it
 * could compute if it computes per value (`computesPerValue`: the other KPIs, the deadlines), none otherwise; one
 * that failed gives none. The modules' own errors found this way (a score out of range while a name is missing) are
 * added to the problems.
 */
export function computeValidParts(form: Form, input: unknown, lang: UiLanguage = 'en'): ComputedParts {
  const parsed = toParsedData(input);
  const data = parsed.value;
  const checked = checkFormData(form, parsed, lang);
  if (checked.valid) return { problems: checked.problems, computed: checked.valid.computed, partial: false };
  const problems = [...checked.problems];
  const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => problem.place.pointer ?? '');
  if (data === null || typeof data !== 'object' || Array.isArray(data) || errors.includes('') || problems.some((problem) => problem.ruleId === 'syntax')) {
    return { problems, computed: null, partial: false };
  }
  const record = data as Record<string, unknown>;
  const schema = form.schema;
  const suspects = problems.filter((problem) => problem.severity === 'error').flatMap((problem) => suspectPointers(problem, record, schema));
  const shortLists = new Map<string, number>();
  for (const problem of problems) {
    const pointer = problem.place.pointer ?? '';
    const minItems = schemaAt(schema, pointer)?.['minItems'];
    const list = valueAt(data, pointer);
    if (
      problem.ruleId === 'minItems' &&
      problem.severity === 'error' &&
      typeof minItems === 'number' &&
      Array.isArray(list) &&
      list.length < minItems &&
      minItems <= 100
    )
      shortLists.set(pointer, minItems);
  }
  // Only a list whose one error is its length (not also, say, "exactly one KPI of kind instructions").
  for (const problem of problems) if (problem.severity === 'error' && problem.ruleId !== 'minItems') shortLists.delete(problem.place.pointer ?? '');
  const modules = form.manifest.rules.map((name) => ruleModules.get(name)!);
  // The modules' own errors, from what they computed without the erroneous values.
  const translator = createTranslator(lang, projectOf(form));
  const known = new Set(problems.map((problem) => `${problem.ruleId} ${problem.place.pointer ?? ''}`));
  for (const module of modules) {
    const outcome = trustedOutcome(module, record, suspects, shortLists);
    if (!outcome) continue;
    for (const finding of outcome.findings.filter((candidate) => candidate.severity === 'error' && !known.has(`${candidate.ruleId} ${candidate.pointer}`))) {
      problems.push(localizeFinding(finding, translator, parsed.file, parsed.locate));
      known.add(`${finding.ruleId} ${finding.pointer}`);
    }
  }
  const allErrors = problems.filter((problem) => problem.severity === 'error').flatMap((problem) => suspectPointers(problem, record, schema));
  const computed: Record<string, unknown> = {};
  for (const module of modules) {
    const outcome = trustedOutcome(module, record, allErrors, shortLists);
    if (outcome) Object.assign(computed, outcome.computed);
  }
  return {
    problems,
    computed: Object.keys(computed).length > 0 ? computed : null,
    partial: true,
    doubtful: [
      ...new Set(
        problems
          .filter((problem) => problem.severity === 'error' && problem.ruleId !== 'required')
          .flatMap((problem) => suspectPointers(problem, record, schema)),
      ),
    ],
  };
}

/**
 * The values an error casts doubt on: its own pointer; for a list that lacks or repeats an item of one kind ("exactly
 * one KPI of kind instructions"), the kind of each item that has it, or of every item when none has it, so that the
 * rows and what they compute stay while only those rows (and what adds them up) wait.
 */
function suspectPointers(problem: Problem, data: Record<string, unknown>, schema: Record<string, unknown>): string[] {
  const pointer = problem.place.pointer ?? '';
  if (problem.ruleId !== 'contains') return [pointer];
  const list = valueAt(data, pointer);
  const contains = schemaAt(schema, pointer)?.['contains'] as { properties?: Record<string, { const?: unknown }> } | undefined;
  const properties = Object.entries(contains?.properties ?? {});
  if (!Array.isArray(list) || list.length === 0 || properties.length !== 1 || properties[0]![1].const === undefined) return [pointer];
  const [name, property] = properties[0]!;
  const escaped = name.replace(/~/g, '~0').replace(/\//g, '~1');
  const matching = list.flatMap((item, index) =>
    item !== null && typeof item === 'object' && (item as Record<string, unknown>)[name] === property.const ? [index] : [],
  );
  const rows = matching.length > 0 ? matching : list.map((_, index) => index);
  return rows.map((index) => `${pointer}/${index}/${escaped}`);
}
