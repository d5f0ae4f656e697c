import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createTranslator, type Translator, type UiLanguage } from '../core/i18n/index.js';
import { projectPaths } from '../core/paths.js';
import type { Problem } from '../core/problems/index.js';
import { defaultProject, displayPath } from '../core/project/index.js';
import { type Form, type FormSource, listFormFields, listFormIds, loadForm, projectOf } from '../forms/index.js';
import { ruleModules } from '../rules/index.js';
import { createValidator, describeAjvError, describeSyntaxProblem } from '../validate/index.js';
import { checkFormSchema } from './check-form-schema.js';
import { describeFormFinding, type FormFinding } from './describe-form-finding.js';

const manifestSchema = JSON.parse(readFileSync(join(projectPaths.schemas, 'form-manifest.schema.json'), 'utf8')) as Record<string, unknown>;

/**
 * Every problem of a form's own files, in the user's language, each with its file and line: the manifest against
 * its schema (`schemas/form-manifest.schema.json`, with the messages of user data), then everything it names: a
 * template for each edition, the texts' namespace in every language it offers, the rule modules, the batch summary
 * form, the CSV columns and identity fields in the form's schema; and the schema itself (readable, usable by the
 * validator, with the `date` qujat dates the document by and chooses the edition by). Kept by the form's project.
 */
export function checkForm(form: Form, uiLang: UiLanguage = 'en'): Problem[] {
  if (!form.source) return [];
  const project = projectOf(form);
  return project.memo(`check-form:${form.manifest.id}:${form.dir}:${uiLang}`, () => findFormProblems(form, form.source!, createTranslator(uiLang, project)));
}

/** Every problem of every form of the project, form by form. */
export function checkForms(uiLang: UiLanguage = 'en', project = defaultProject()): Problem[] {
  return listFormIds(project).flatMap((id) => checkForm(loadForm(id, project)!, uiLang));
}

function findFormProblems(form: Form, source: FormSource, translator: Translator): Problem[] {
  const project = projectOf(form);
  const manifestData = source.manifest;
  if (manifestData.problems.length > 0) return manifestData.problems.map((problem) => describeSyntaxProblem(problem, translator));
  const validate = createValidator(manifestSchema, project);
  if (!validate(manifestData.value)) {
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
    return errors.map((error) => describeAjvError(error, translator, manifestData));
  }
  const manifest = form.manifest;
  const findings: FormFinding[] = [];
  const inManifest = (id: string, pointer: string, values: Record<string, string>) =>
    findings.push({ id, values, pointer, file: source.manifestFile, data: manifestData });
  const folder = form.dir.split(/[\\/]/).at(-1)!;
  if (manifest.id !== folder) inManifest('id-not-folder', '/id', { id: manifest.id, folder });
  manifest.editions.forEach((edition, index) => {
    if (!existsSync(join(form.dir, edition.template)))
      inManifest('template-missing', `/editions/${index}/template`, {
        template: edition.template,
        edition: edition.id,
        dir: displayPath(source.root, form.dir),
      });
  });
  manifest.languages.forEach((lang, index) => {
    const present = project.locales()[lang]?.[manifest.namespace] !== undefined;
    if (!present)
      inManifest('namespace-missing', `/languages/${index}`, { namespace: manifest.namespace, lang, file: `locales/${lang}/${manifest.namespace}.json` });
  });
  manifest.rules.forEach((rule, index) => {
    if (!ruleModules.has(rule)) inManifest('rule-unknown', `/rules/${index}`, { rule, known: [...ruleModules.keys()].sort().join(', ') });
  });
  if (manifest.batchSummary !== undefined && !listFormIds(project).includes(manifest.batchSummary))
    inManifest('summary-unknown', '/batchSummary', { form: manifest.batchSummary });
  const schemaProblems = checkFormSchema(form, source, translator);
  if (schemaProblems.length === 0) {
    const fields = new Set(listFormFields(form.schema).map((field) => field.pointer));
    const isField = (pointer: string) => fields.has(pointer.replace(/\/\d+(?=\/|$)/g, '/*'));
    for (const [column, pointer] of Object.entries(manifest.csv?.columns ?? {})) {
      if (!isField(pointer)) inManifest('column-unknown', `/csv/columns/${escape(column)}`, { column, pointer, schema: source.schemaFile });
    }
    for (const column of Object.keys(manifest.csv?.headers ?? {})) {
      if (!(column in (manifest.csv?.columns ?? {}))) inManifest('headers-unknown', `/csv/headers/${escape(column)}`, { column });
    }
    (manifest.identity ?? []).forEach((pointer, index) => {
      if (!isField(pointer)) inManifest('identity-unknown', `/identity/${index}`, { pointer, schema: source.schemaFile });
    });
  }
  return [...findings.map((finding) => describeFormFinding(finding, translator)), ...schemaProblems];
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
