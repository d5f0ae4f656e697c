import { identifyRecord } from '../../batch/index.js';
import type { Form } from '../../forms/index.js';

/** Records offered in the browser's list; a file with more still loads any of them by number. */
const labelledRecords = 1000;

export interface RecordChoice {
  /** How many records the file holds, which one was loaded (from 0), and how to name each (the first 1 000). */
  count: number;
  index: number;
  labels: string[];
}

/**
 * The record asked for (the first when none was, the last when the number is past the end) of a file that holds
 * several, and the list to choose another from: each named by its identifying fields (form.yaml `identity`).
 */
export function chooseRecord(values: readonly unknown[], requested: number | undefined, form: Form): { value: unknown; choice: RecordChoice } {
  const index = Math.min(requested ?? 0, values.length - 1);
  const labels = values.slice(0, labelledRecords).map((value) => Object.values(identifyRecord(value, form)).map(String).join(', '));
  return { value: values[index], choice: { count: values.length, index, labels } };
}
