import type { Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { type Form, type FormSource, projectOf } from '../forms/index.js';
import { createValidator, describeSyntaxProblem } from '../validate/index.js';
import { describeFormFinding } from './describe-form-finding.js';

/** The form's schema: readable, accepted by the validator, and with the required `date` every form is dated by. */
export function checkFormSchema(form: Form, source: FormSource, translator: Translator): Problem[] {
  const data = source.schema;
  if (data.value === undefined && data.problems.some((problem) => problem.ruleId === 'form-schema-missing')) {
    return [
      describeFormFinding(
        { id: 'schema-missing', values: { file: source.schemaFile }, file: source.manifestFile, pointer: '/id', data: source.manifest },
        translator,
      ),
    ];
  }
  if (data.problems.length > 0) return data.problems.map((problem) => describeSyntaxProblem(problem, translator));
  if (typeof data.value !== 'object' || data.value === null || Array.isArray(data.value)) {
    return [describeFormFinding({ id: 'schema-invalid', values: { detail: 'not a JSON object' }, file: source.schemaFile, pointer: '', data }, translator)];
  }
  const schema = data.value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  if (!('date' in properties) || !required.includes('date')) {
    return [
      describeFormFinding(
        { id: 'date-missing', values: { file: source.schemaFile }, file: source.schemaFile, pointer: 'date' in properties ? '/required' : '/properties', data },
        translator,
      ),
    ];
  }
  try {
    createValidator(form.schema, projectOf(form));
  } catch (error) {
    return [
      describeFormFinding({ id: 'schema-invalid', values: { detail: (error as Error).message }, file: source.schemaFile, pointer: '', data }, translator),
    ];
  }
  return [];
}
