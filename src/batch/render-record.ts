import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { writeFileAtomic } from '../core/fs/index.js';
import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { projectFor, type ProjectOptions } from '../core/project/index.js';
import { loadForm } from '../forms/index.js';
import { type DocumentVersion, type OutputFormat, renderForm } from '../pipeline/index.js';

/** One record's work, as sent to a worker thread (plain data, so that it crosses threads as a copy). */
export interface RenderTask {
  formId: string;
  number: number;
  value: unknown;
  langs: DocumentVersion[];
  formats: OutputFormat[];
  uiLang: UiLanguage;
  pdfa?: boolean;
  /** Write each document atomically into this folder; without it the bytes come back (for a zip). */
  outDir?: string;
  /** The folders of the batch's project (qujat's own when absent): a worker thread reads the same forms and texts. */
  project?: ProjectOptions;
}

export interface RenderedOutput {
  file: string;
  sha256: string;
  size: number;
  bytes?: Uint8Array;
}

/** A file that could not be written (a full disk, no permission): the batch stops, as every later record would fail too. */
export interface WriteFailure {
  code: string;
  syscall?: string;
  path?: string;
  message: string;
}

export interface RenderTaskResult {
  number: number;
  problems: Problem[];
  outputs: RenderedOutput[];
  writeFailure?: WriteFailure;
}

/** Record numbers in file names have six digits (the whole civil service of a country sorts in order). */
export function recordFileName(formId: string, number: number, lang: string, format: string): string {
  return `${formId}.${String(number).padStart(6, '0')}.${lang}.${format}`;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Validates and renders one record; writes its documents (or returns them) with their SHA-256. */
export async function renderRecord(task: RenderTask): Promise<RenderTaskResult> {
  const form = loadForm(task.formId, projectFor(task.project));
  if (!form) throw new Error(`unknown form ${task.formId}`);
  const result = await renderForm(form, task.value, { langs: task.langs, formats: task.formats, uiLang: task.uiLang, pdfa: task.pdfa });
  const outputs: RenderedOutput[] = [];
  for (const document of result.documents) {
    const file = recordFileName(task.formId, task.number, document.lang, document.format);
    if (task.outDir !== undefined) {
      try {
        await writeFileAtomic(join(task.outDir, file), document.bytes);
      } catch (error) {
        // Errors do not cross threads whole: what the main thread needs to name the problem goes back as data.
        const { code, syscall, path, message } = error as NodeJS.ErrnoException;
        return { number: task.number, problems: result.problems, outputs, writeFailure: { code: code ?? 'EIO', syscall, path, message } };
      }
    }
    outputs.push({ file, sha256: hashBytes(document.bytes), size: document.bytes.byteLength, ...(task.outDir === undefined && { bytes: document.bytes }) });
  }
  return { number: task.number, problems: result.problems, outputs };
}
