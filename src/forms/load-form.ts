import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseData, type ParsedData } from '../core/data/index.js';
import { defaultProject, displayPath, type ProjectContext, type ProjectRoot } from '../core/project/index.js';
import type { FormManifest } from './form-manifest.js';
import { formTextsByLanguage } from './form-texts.js';

/** Where a form's files are and what reading them gave, with positions, for `checkForm` to name file and line. */
export interface FormSource {
  root: ProjectRoot;
  /** `form.yaml` as messages name it (relative to qujat's project for a shipped form, else the full path). */
  manifestFile: string;
  schemaFile: string;
  manifest: ParsedData;
  /** The schema file's text parsed; its `problems` say why it could not be read (a missing file among them). */
  schema: ParsedData;
}

/** A form as found on disk: its manifest, its JSON Schema, and its folder. */
export interface Form {
  manifest: FormManifest;
  /**
   * `schemas/<form-id>.schema.json`, with the form's interface texts (field labels, row names, texts of choices and
   * labels of derived values, from its locale namespace) in every interface language at `x-qujat.texts.<lang>` of
   * its root: whoever is given the schema (the web app builds its form from it) has the labels with it. Validation
   * leaves them out.
   */
  schema: Record<string, unknown>;
  dir: string;
  /** The project the form was loaded from: its texts, caches and other forms (qujat's own when absent). */
  project?: ProjectContext;
  /** Its files, for checking the form (absent for a form put together in code). */
  source?: FormSource;
}

/** The project of a form: the one it was loaded from, or qujat's own. */
export function projectOf(form: Pick<Form, 'project'>): ProjectContext {
  return form.project ?? defaultProject();
}

/** Form ids are the folders of a root's `templates/` that hold a `form.yaml`. */
function listRootFormIds(root: ProjectRoot): string[] {
  if (!existsSync(root.templates)) return [];
  return readdirSync(root.templates).filter((id) => existsSync(join(root.templates, id, 'form.yaml')));
}

/** Every form id of the project (a form in a user's folder hides a shipped one of the same id), sorted. */
export function listFormIds(project: ProjectContext = defaultProject()): string[] {
  return project.memo('form-ids', () => [...new Set(project.roots.flatMap(listRootFormIds))].sort());
}

/**
 * The form with that id, or undefined when there is none. Form ids never become paths before this check. A form
 * whose files are wrong still loads (as far as it goes): `checkForm` says what is wrong, before anything uses it.
 */
export function loadForm(id: string, project: ProjectContext = defaultProject()): Form | undefined {
  if (!listFormIds(project).includes(id)) return undefined;
  return project.memo(`form:${id}`, () => readForm(id, project));
}

function readForm(id: string, project: ProjectContext): Form {
  const root = project.roots.find((candidate) => listRootFormIds(candidate).includes(id))!;
  const dir = join(root.templates, id);
  const manifestPath = join(dir, 'form.yaml');
  const schemaPath = join(root.schemas, `${id}.schema.json`);
  const manifestFile = displayPath(root, manifestPath);
  const schemaFile = displayPath(root, schemaPath);
  const manifestData = parseData(readFileSync(manifestPath, 'utf8'), 'yaml', manifestFile);
  const schemaData = existsSync(schemaPath)
    ? parseJsonLazily(readFileSync(schemaPath, 'utf8'), schemaFile)
    : {
        value: undefined,
        file: schemaFile,
        problems: [{ ruleId: 'form-schema-missing', severity: 'error' as const, message: schemaFile, place: { file: schemaFile } }],
        locate: () => undefined,
      };
  const manifest = (isObject(manifestData.value) ? manifestData.value : {}) as unknown as FormManifest;
  const schema = isObject(schemaData.value) ? structuredClone(schemaData.value) : {};
  const form: Form = { manifest, schema, dir, project, source: { root, manifestFile, schemaFile, manifest: manifestData, schema: schemaData } };
  schema['x-qujat'] = { ...(schema['x-qujat'] as Record<string, unknown> | undefined), texts: formTextsByLanguage(form) };
  return form;
}

/**
 * A schema read fast (`JSON.parse`), its positions found only when a problem needs one; a text that is not JSON
 * goes through `parseData`, which says where and why.
 */
function parseJsonLazily(text: string, file: string): ParsedData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseData(text, 'json', file);
  }
  let located: ParsedData | undefined;
  return { value, file, problems: [], locate: (pointer) => (located ??= parseData(text, 'json', file)).locate(pointer) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
