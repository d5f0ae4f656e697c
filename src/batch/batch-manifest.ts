import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** One written document: its file, SHA-256 and size, the record it came from, and the hash of that record's input. */
export interface ManifestEntry {
  file: string;
  sha256: string;
  size: number;
  record: number;
  /** SHA-256 of the record's data and the render settings: a later run reuses the file only when this is unchanged. */
  source: string;
}

/** `<out>/manifest.json`: no clock, no path of this machine, sorted: the same input gives the same manifest. */
export interface BatchManifest {
  qujat: string;
  form: string;
  input: { name: string; sha256: string };
  langs: string[];
  formats: string[];
  pdfa: boolean;
  records: number;
  documents: number;
  failed: number[];
  outputs: ManifestEntry[];
}

export const manifestName = 'manifest.json';
export const errorsName = 'errors.jsonl';
/** The journal a running batch appends to, entry by entry, so that an interrupted run can be resumed. */
export const journalName = '.qujat-batch.jsonl';

/** What a run was asked for, as its manifest says it. */
export interface ManifestSettings {
  version: string;
  formId: string;
  input: string;
  langs: readonly string[];
  formats: readonly string[];
  pdfa?: boolean;
}

/** The manifest's bytes (two-space JSON and a newline), from sorted entries and failed record numbers. */
export async function serializeManifest(settings: ManifestSettings, records: number, entries: ManifestEntry[], failed: number[]): Promise<Uint8Array> {
  const manifest: BatchManifest = {
    qujat: settings.version,
    form: settings.formId,
    input: { name: basename(settings.input), sha256: (await hashFile(settings.input)) ?? '' },
    langs: [...settings.langs],
    formats: [...settings.formats],
    pdfa: settings.pdfa === true,
    records,
    documents: entries.length,
    failed,
    outputs: entries,
  };
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}

export async function hashFile(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** What earlier runs into this folder wrote: the last manifest and the journal of an interrupted run, by record. */
export async function readEarlierEntries(outDir: string): Promise<Map<number, ManifestEntry[]>> {
  const byRecord = new Map<number, ManifestEntry[]>();
  const add = (entry: ManifestEntry) => {
    if (typeof entry?.record !== 'number' || typeof entry.file !== 'string' || typeof entry.sha256 !== 'string') return;
    const list = (byRecord.get(entry.record) ?? []).filter((known) => known.file !== entry.file);
    byRecord.set(entry.record, [...list, entry]);
  };
  try {
    const manifest = JSON.parse(await readFile(join(outDir, manifestName), 'utf8')) as BatchManifest;
    (manifest.outputs ?? []).forEach(add);
  } catch {
    // No manifest yet (or a damaged one): nothing to reuse from it.
  }
  try {
    for (const line of (await readFile(join(outDir, journalName), 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      try {
        add(JSON.parse(line) as ManifestEntry);
      } catch {
        // A line cut by the interruption.
      }
    }
  } catch {
    // No journal: the last run ended.
  }
  return byRecord;
}

/**
 * The entries of a record that an earlier run left complete and correct: same record data and settings, and every
 * file still there with its SHA-256. Anything less, and the record is rendered again.
 */
export async function findReusable(
  earlier: Map<number, ManifestEntry[]>,
  record: number,
  source: string,
  outDir: string,
): Promise<ManifestEntry[] | undefined> {
  const entries = earlier.get(record);
  if (!entries || entries.length === 0 || entries.some((entry) => entry.source !== source)) return undefined;
  for (const entry of entries) {
    if ((await hashFile(join(outDir, entry.file))) !== entry.sha256) return undefined;
  }
  return entries;
}

export function compareEntries(a: ManifestEntry, b: ManifestEntry): number {
  return a.record - b.record || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
