import type { Problem } from '../api.js';
import type { RecordChoice } from '../record-picker.js';
import type { SchemaNode } from '../schema-form/index.js';

/** The server's replies the forms page reads (`/api/forms…`). */
export interface FormSummary {
  id: string;
  title: string;
  languages: string[];
}
export interface FormInfo extends FormSummary {
  schema: SchemaNode;
  common: SchemaNode;
  example?: Record<string, unknown>;
  csv: boolean;
}
export interface CheckResult {
  valid: boolean;
  problems: Problem[];
  computed: Record<string, unknown> | null;
  partial?: boolean;
  doubtful?: string[];
}
export interface PreviewResult {
  problems: Problem[];
  pages: { lang: string; html: string }[];
  draft?: boolean;
}
export interface ParseResult {
  data?: Record<string, unknown>;
  problems: Problem[];
  records?: RecordChoice;
}
