import type { SchemaNode } from '../schema-form/index.js';
import type { FormInfo } from './form-replies.js';
import { ProblemVisibility } from './problem-visibility.js';

/** A file loaded into the form: kept while the officer picks one of its several records. */
export interface LoadedFile {
  text: string;
  format: 'json' | 'yaml' | 'csv';
  name: string;
}

/**
 * What the forms page knows at a moment, in one object the page's parts share: the form open and its data, the
 * document languages, the preview's tab, the file loaded, which problems are shown, and the data's version.
 */
export class FormsPageState {
  /** The form's description: set once its first `openForm` answers. */
  info!: FormInfo;
  data: Record<string, unknown> = {};
  langs: string[] = [];
  resolve: (node: SchemaNode) => SchemaNode = (node) => node;
  previewLang = '';
  /** In a draft, the values with errors that make their rows wrong (`/kpis/0/planned`): marked in its document. */
  wrongItems: string[] = [];
  loaded: LoadedFile | undefined;
  readonly visibility = new ProblemVisibility();
  private version = 0;

  constructor(public formId: string) {}

  /**
   * A new version of the data (it changed, or a check starts): an answer still on its way about an older version is
   * dropped when it comes (`isCurrent`).
   */
  nextVersion(): number {
    return ++this.version;
  }

  isCurrent(version: number): boolean {
    return version === this.version;
  }
}
