import { loadExample } from '../helpers/example.js';

/** The forms Order No. 52 of 31.03.2026 amends (in force from 11.07.2026), and what of each (`amends.<key>` of legal-acts.json). */
export const affectedForms: Record<string, string> = {
  'kz-a-evaluation-sheet': 'kz-a-evaluation-sheet',
  'kz-a-survey': 'kz-a-survey',
  'kz-a-survey-summary': 'kz-a-survey',
  'kz-b-annual-summary': 'kz-b-annual-summary',
  'kz-b-calibration-protocol': 'kz-b-calibration-protocol',
  'kz-b-sheet-manager': 'kz-b-sheet-manager',
  'kz-b-sheet-staff': 'kz-b-sheet-staff',
};

/** The day before the order is in force, the day it is, and the day after. */
export const dates = { before: '2026-07-10', on: '2026-07-11', after: '2026-07-12' } as const;

/** A form's shipped example dated `date`. */
export function exampleOn(formId: string, date: string): Record<string, any> {
  return { ...loadExample(formId), date };
}
