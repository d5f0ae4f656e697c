import { crc32 } from 'node:zlib';

import { deflateSync } from 'fflate';

import { clampZipTime } from './clamp-zip-time.js';

/** A zip entry deflated once, to be written into any number of archives as it is. */
export interface DeflatedEntry {
  name: string;
  /** The name in UTF-8. */
  nameBytes: Uint8Array;
  crc: number;
  size: number;
  deflated: Uint8Array;
}

/** The deflate level of every entry: fflate's default, the size Word's own files have. */
const deflateLevel = 6;
const encoder = new TextEncoder();

/** Deflates an entry's bytes (raw deflate, as a zip holds them) and notes their CRC and size. */
export function deflateEntry(name: string, bytes: Uint8Array): DeflatedEntry {
  return { name, nameBytes: encoder.encode(name), crc: crc32(bytes), size: bytes.length, deflated: deflateSync(bytes, { level: deflateLevel }) };
}

/** Entries in the order Office writes them: `[Content_Types].xml` first, then the others by name. */
export function orderZipEntries(entries: DeflatedEntry[]): DeflatedEntry[] {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  return entries.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** The DOS date and time of a zip entry dated `date` (YYYY-MM-DD): that day at midnight, clamped to the years a zip holds. */
function toDosDateTime(date: string): { dosDate: number; dosTime: number } {
  const day = clampZipTime(date);
  return { dosDate: ((day.getFullYear() - 1980) << 9) | ((day.getMonth() + 1) << 5) | day.getDate(), dosTime: 0 };
}

const localHeaderSize = 30;
const centralHeaderSize = 46;
const endSize = 22;

/** A zip archive of deflated entries in the order given, every entry dated `date`; the same entries give the same bytes. */
export function writeZip(entries: readonly DeflatedEntry[], date: string): Uint8Array {
  const { dosDate, dosTime } = toDosDateTime(date);
  let localSize = 0;
  let centralSize = 0;
  for (const entry of entries) {
    localSize += localHeaderSize + entry.nameBytes.length + entry.deflated.length;
    centralSize += centralHeaderSize + entry.nameBytes.length;
  }
  const bytes = new Uint8Array(localSize + centralSize + endSize);
  const view = new DataView(bytes.buffer);
  const utf8Flag = (entry: DeflatedEntry) => (entry.nameBytes.length === entry.name.length ? 0 : 0x800);
  /** The fields a local and a central header share, from "version needed" to the extra field's length. */
  const writeCommon = (at: number, entry: DeflatedEntry) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, utf8Flag(entry), true);
    view.setUint16(at + 4, 8, true);
    view.setUint16(at + 6, dosTime, true);
    view.setUint16(at + 8, dosDate, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.deflated.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.nameBytes.length, true);
    view.setUint16(at + 24, 0, true);
  };
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeCommon(at + 4, entry);
    bytes.set(entry.nameBytes, at + localHeaderSize);
    bytes.set(entry.deflated, at + localHeaderSize + entry.nameBytes.length);
    at += localHeaderSize + entry.nameBytes.length + entry.deflated.length;
  }
  entries.forEach((entry, index) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    writeCommon(at + 6, entry);
    // Comment length, disk number, internal and external attributes stay 0.
    view.setUint32(at + 42, offsets[index]!, true);
    bytes.set(entry.nameBytes, at + centralHeaderSize);
    at += centralHeaderSize + entry.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return bytes;
}
