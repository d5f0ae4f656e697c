import { findUnappliedAmendments, type Form, selectEdition } from '../forms/index.js';

/** Records whose documents are in an edition older than an amending act in force on their date. */
export interface OutdatedEdition {
  /** The act (`act.<id>` of `locales/<lang>/legal-acts.json`), what it amends (`amends.<key>`) and from when. */
  act: string;
  amends: string;
  effective: string;
  /** The effective date of the edition the documents were made in. */
  edition: string;
  /** The records' numbers, in order. */
  records: number[];
}

/**
 * Notes, record by record, which documents of a batch are in an edition an amendment in force on their date has
 * outdated (the same warning `render` gives for one document), and lists them grouped by amendment and edition.
 */
export function collectOutdatedEditions(form: Form) {
  const groups = new Map<string, OutdatedEdition>();
  return {
    note(number: number, value: unknown): void {
      const data = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      if (typeof data.date !== 'string') return;
      const edition = selectEdition(form.manifest, data.date, typeof data.edition === 'string' ? data.edition : undefined);
      if (!edition) return;
      for (const amendment of findUnappliedAmendments(form.manifest, edition, data.date)) {
        const key = [amendment.act, amendment.amends, amendment.effective, edition.effective].join(' ');
        const group = groups.get(key) ?? {
          act: amendment.act,
          amends: amendment.amends,
          effective: amendment.effective,
          edition: edition.effective,
          records: [],
        };
        group.records.push(number);
        groups.set(key, group);
      }
    },
    list(): OutdatedEdition[] {
      return [...groups.values()]
        .map((group) => ({ ...group, records: [...group.records].sort((a, b) => a - b) }))
        .sort((a, b) => a.effective.localeCompare(b.effective) || a.act.localeCompare(b.act) || a.edition.localeCompare(b.edition));
    },
  };
}
