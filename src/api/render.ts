import { join } from 'node:path';

import { writeFileAtomic } from '../core/fs/index.js';
import type { ProjectContext } from '../core/project/index.js';
import { type RenderedDocument, renderForm, type RenderRequest, type RenderResult } from '../pipeline/index.js';
import { requireForm } from './require-form.js';

/** Validates and renders one data set into every asked language and format (nothing when the data is invalid). */
export function render(formId: string, data: unknown, request: RenderRequest & { project?: ProjectContext }): Promise<RenderResult> {
  const { project, ...rest } = request;
  return renderForm(requireForm(formId, project), data, rest);
}

/** Writes each document atomically as `<dir>/<fileName>`; returns the written paths in order. */
export async function writeDocuments(documents: readonly RenderedDocument[], dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const document of documents) {
    const path = join(dir, document.fileName);
    await writeFileAtomic(path, document.bytes);
    paths.push(path);
  }
  return paths;
}
