import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * fontkit and unicode-properties each build Unicode property tables (`unicode-trie`) when they are
 * loaded, inflating compressed data twice: five tables, about 35 ms of a process's start, three of them for the
 * shapers of Arabic, Indic and other complex scripts that Cyrillic and Latin text never reaches. This replaces, in
 * `require`'s cache, the `unicode-trie` those packages load by one whose tables are made at their first look-up,
 * from the table the build inflated once (src/build/write-unicode-tries.mjs) when it is there for that very data,
 * else by inflating as the original does: the same table, the same answers, the same output, only later or never.
 *
 * It must be imported before anything loads fontkit (ESM evaluates imports in order).
 */
const require = createRequire(import.meta.url);

interface Trie {
  get(codePoint: number): number;
}
type TrieClass = new (data: unknown) => Trie;

/** Where the build writes the inflated tables: dist/render/unicode-tries/, named by the hash of their data. */
export const unicodeTrieFolder = fileURLToPath(new URL('unicode-tries/', import.meta.url));

/** Every table the packages made in this process: its compressed data and the original class (for the build). */
const made: { source: Uint8Array; UnicodeTrie: TrieClass }[] = [];

/** The `unicode-trie` each of those packages loads (one copy in any usual install). */
function findTrieModules(): string[] {
  const fontkit = createRequire(require.resolve('fontkit'));
  const users = [require.resolve('fontkit'), fontkit.resolve('unicode-properties')];
  return [...new Set(users.map((user) => createRequire(user).resolve('unicode-trie')))];
}

/** The name of a table's file: a hash of its compressed data (header included). */
export function hashTrieData(source: Uint8Array): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 32);
}

/**
 * The table the build inflated from this very data, as the pre-parsed fields `unicode-trie` accepts; undefined
 * when there is none (run from the sources, other data) or it cannot be used as it is (a big-endian machine).
 */
export function readInflated(source: unknown, folder = unicodeTrieFolder): { data: Uint32Array; highStart: number; errorValue: number } | undefined {
  if (!(source instanceof Uint8Array) || source.byteLength < 12 || endianness() !== 'LE') return undefined;
  // unicode-trie reads the header of a Buffer at its offset, of another Uint8Array at the start of its buffer.
  if (source.byteOffset !== 0 && !Buffer.isBuffer(source)) return undefined;
  const file = join(folder, `${hashTrieData(source)}.bin`);
  if (!existsSync(file)) return undefined;
  const header = new DataView(source.buffer, source.byteOffset, 12);
  const bytes = readFileSync(file);
  if (bytes.byteLength !== header.getUint32(8, true)) return undefined;
  const data = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(data.buffer).set(bytes);
  return { data, highStart: header.getUint32(0, true), errorValue: header.getUint32(4, true) };
}

function deferInflating(UnicodeTrie: TrieClass): TrieClass {
  return class LazyUnicodeTrie {
    #source: unknown;
    constructor(data: unknown) {
      this.#source = data;
      if (data instanceof Uint8Array) made.push({ source: data, UnicodeTrie });
    }
    /** At the first look-up: the table made, its fields and the original look-up taken over as they are. */
    get(codePoint: number): number {
      const trie = new UnicodeTrie(readInflated(this.#source) ?? this.#source);
      this.#source = undefined;
      Object.assign(this, trie, { get: UnicodeTrie.prototype.get });
      return this.get(codePoint);
    }
  };
}

/** Every table made so far: its compressed data, and inflated by the original `unicode-trie` as the build writes it. */
export function inflateUnicodeTries(): { name: string; source: Uint8Array; bytes: Uint8Array }[] {
  return made.map(({ source, UnicodeTrie }) => {
    const { data } = new UnicodeTrie(source) as Trie & { data: Uint32Array };
    return { name: `${hashTrieData(source)}.bin`, source, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  });
}

for (const path of findTrieModules()) {
  // Already loaded (by a module imported before this one): its tables may exist already; left as it is.
  if (path in require.cache) continue;
  const UnicodeTrie = require(path) as TrieClass;
  const entry = require.cache[path];
  if (entry) entry.exports = deferInflating(UnicodeTrie);
}
