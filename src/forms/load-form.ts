import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectPaths } from '../core/paths.js';
import type { FormManifest } from './form-manifest.js';
import { formTextsByLanguage } from './form-texts.js';

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
}

const cache = new Map<string, Form>();

/** Form ids are the folders of `templates/` that hold a `form.yaml`. */
export function listFormIds(): string[] {
  return readdirSync(projectPaths.templates)
    .filter((id) => existsSync(join(projectPaths.templates, id, 'form.yaml')))
    .sort();
}

/** The form with that id, or undefined when there is none. Form ids never become paths before this check. */
export function loadForm(id: string): Form | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  if (!listFormIds().includes(id)) return undefined;
  const dir = join(projectPaths.templates, id);
  const manifest = parseYaml(readFileSync(join(dir, 'form.yaml'), 'utf8')) as FormManifest;
  const schema = JSON.parse(readFileSync(join(projectPaths.schemas, `${id}.schema.json`), 'utf8')) as Record<string, unknown>;
  const form = { manifest, schema, dir };
  schema['x-qujat'] = { ...(schema['x-qujat'] as Record<string, unknown> | undefined), texts: formTextsByLanguage(form) };
  cache.set(id, form);
  return form;
}
