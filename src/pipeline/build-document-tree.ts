import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Root } from 'mdast';

import { createTranslator, type DocumentLanguage } from '../core/i18n/index.js';
import { type Edition, type Form, projectOf } from '../forms/index.js';
import { parseMarkdown } from '../markdown/index.js';
import { compileTemplate, createSlots, type TemplateData, type TemplateFunction } from '../template/index.js';

export interface DocumentTree {
  tree: Root;
  /** The document's title (its first top-level heading), for the file's metadata. */
  title: string;
  /** Keys with no text in the language: the document must not be issued. */
  missing: string[];
}

/** A template compiled once per project (until the project is invalidated). */
function loadTemplate(form: Form, edition: Edition): TemplateFunction {
  const file = join(form.dir, edition.template);
  return projectOf(form).memoDurable(`template:${file}`, () =>
    compileTemplate(readFileSync(file, 'utf8'), `templates/${form.manifest.id}/${edition.template}`),
  );
}

/** Data and derived values through the form's template and texts, to the syntax tree all renderers share. */
export function buildDocumentTree(
  form: Form,
  edition: Edition,
  data: Record<string, unknown>,
  computed: Record<string, unknown>,
  lang: DocumentLanguage,
  options: { markData?: boolean } = {},
): DocumentTree {
  const translator = createTranslator(lang, projectOf(form));
  const slots = createSlots(options);
  const templateData: TemplateData = { translator, namespace: form.manifest.namespace, lang, slots, markData: options.markData };
  const markdown = loadTemplate(form, edition)({ ...data, computed }, templateData as unknown as Record<string, unknown>);
  const tree = slots.fill(parseMarkdown(markdown, `templates/${form.manifest.id}/${edition.template}`));
  return { tree, title: findTitle(tree), missing: translator.missing };
}

/** The document's title: the text of its first top-level heading (`# …`), for the file's metadata. */
function findTitle(tree: Root): string {
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const text = (node: unknown): string => {
    const { value, children } = node as { value?: string; children?: unknown[] };
    return value ?? (children ?? []).map(text).join('');
  };
  return heading ? text(heading).replace(/\u2028/g, ' ') : '';
}
