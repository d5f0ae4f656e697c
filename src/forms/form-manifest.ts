import type { DocumentLanguage } from '../core/i18n/index.js';

/** An edition of a form: its wording in force from `effective` (inclusive) until the next edition. */
export interface Edition {
  id: string;
  effective: string;
  template: string;
  /** The act that set this wording, for the reader of the manifest. */
  source?: string;
}

/**
 * An act that amends the official text a form reproduces or follows, from `effective` (inclusive). A document dated
 * on or after that day and rendered in an edition older than it is out of date: every caller is warned, until the
 * edition with the new wording is added (`editions`, data only).
 */
export interface Amendment {
  /** The act, named in every interface language by `act.<id>` of `locales/<lang>/legal-acts.json`. */
  act: string;
  effective: string;
  /** What of the form the act amends: `amends.<key>` of `locales/<lang>/legal-acts.json` (in the case the message needs). */
  amends: string;
}

/** `templates/<form-id>/form.yaml`: everything the pipeline needs to know about a form, as data. */
export interface FormManifest {
  id: string;
  /** i18next namespace of the form's fixed texts (`locales/<lang>/<namespace>.json`). */
  namespace: string;
  languages: DocumentLanguage[];
  /** Rule modules (by name) that compute the form's derived values and check its rules. */
  rules: string[];
  /** Page orientation of the printed form. */
  orientation?: 'portrait' | 'landscape';
  editions: Edition[];
  /** Acts that amend the form's official text, whether or not an edition with their wording exists yet. */
  amendments?: Amendment[];
  /** How a bilingual document (`--lang kk+ru`) holds its two versions: one after the other (default) or in two columns. */
  bilingual?: 'sequential' | 'columns';
  /**
   * For CSV and XLSX input, one record per row: column key → JSON pointer in the data, the headers each column may
   * also have in a file (in kk, ru, ky), and values every row gets.
   */
  csv?: { columns: Record<string, string>; headers?: Record<string, string[]>; defaults?: Record<string, unknown> };
  /** Pointers of the fields that tell records apart in a batch's error list (`/person/fullName`). */
  identity?: string[];
  /** For multi-record input: a form that summarizes all the records (its data: `{ date, items: [{ number, data, computed }] }`). */
  batchSummary?: string;
}
