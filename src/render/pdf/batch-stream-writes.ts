import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

// Before pdfkit or pdfmake is required: pdfkit must find the shared fontkit (share-parsed-fonts.ts).
import './share-parsed-fonts.js';

/**
 * pdfkit turns every operator written to a page (`addContent`: `1 0 0 1 72 700 Tm`, `[<0012> 0] TJ`, …) into a
 * Buffer of its own (`Buffer.from(text + '\n', 'binary')`) and joins them when the page ends: thousands of small
 * Buffers per sheet, a good part of its garbage. Here the text written to a stream is kept as one string until
 * bytes come (a font file, an image) or the stream ends, then made one Buffer: the same bytes in the same order.
 */
export interface StreamReference {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  pendingText?: string;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

const require = createRequire(import.meta.url);
const PdfKitDocument = require('pdfkit') as { prototype: { ref(data?: unknown): StreamReference } };

let original: { write: StreamReference['write']; finalize: StreamReference['finalize'] } | undefined;
let referencePrototype: StreamReference | undefined;
let wanted = true;

/**
 * Writes `text` into `reference` just before whatever is written to it next, or when it ends; `false` when streams
 * are not known yet (the caller then writes it now). merge-line-text.ts closes a line's text object
 * this way, so that the next line, when nothing else comes between, continues it (`cancelLater`).
 */
export function writeLater(reference: StreamReference, text: string): boolean {
  if (!referencePrototype) return false;
  if (later && later.reference !== reference) writeLaterText(later.reference);
  later = { reference, text };
  return true;
}

/** Takes back the text `writeLater` left, if nothing has been written since: whether it did. */
export function cancelLater(reference: StreamReference): boolean {
  if (later?.reference !== reference) return false;
  later = undefined;
  return true;
}

/**
 * The one text left to write (a single one: any other stream written to in between has written it in its stream,
 * where nothing was written since, so that its place is the same).
 */
let later: { reference: StreamReference; text: string } | undefined;

function writeLaterText(reference: StreamReference): void {
  if (later?.reference !== reference) return;
  const { text } = later;
  later = undefined;
  reference.write(text);
}

function flushText(reference: StreamReference): void {
  if (reference.pendingText === undefined) return;
  reference.buffer.push(Buffer.from(reference.pendingText, 'latin1'));
  reference.pendingText = undefined;
}

function writeBatched(this: StreamReference, chunk: string | Uint8Array): void {
  writeLaterText(this);
  if (chunk instanceof Uint8Array) {
    flushText(this);
    return original!.write.call(this, chunk);
  }
  const text = `${chunk}\n`;
  this.pendingText = this.pendingText === undefined ? text : this.pendingText + text;
  this.uncompressedLength += text.length;
  this.data.Length = (this.data.Length ?? 0) + text.length;
  if (this.compress) this.data.Filter = 'FlateDecode';
}

/**
 * The deflate level of every stream (pdfkit's is zlib's default, 6). Page content is operators repeated with other
 * numbers, where level 6's longer search finds little more: measured on a Corps "B" sheet, level 3 deflates its
 * streams in 0.65 of the time (0.36 ms less per sheet) for 4 % more bytes (30.3 KB instead of 29.1 KB).
 */
export const streamCompressionLevel = 3;

/** Deflates a stream pdfkit would deflate, at `streamCompressionLevel`, before pdfkit finalizes it (it then copies it as it is). */
function compressStream(reference: StreamReference): void {
  if (!reference.compress || reference.buffer.length === 0) return;
  const [only] = reference.buffer;
  if (reference.buffer.length === 1 && only instanceof Uint8Array) {
    // Bytes written whole (a font file): the same object, written again, deflates to the same bytes.
    let deflated = deflatedChunks.get(only);
    if (!deflated) {
      deflated = deflateSync(only, { level: streamCompressionLevel });
      deflatedChunks.set(only, deflated);
    }
    reference.buffer = [deflated];
  } else reference.buffer = [deflateSync(Buffer.concat(reference.buffer), { level: streamCompressionLevel })];
  reference.compress = false;
}

/** The deflated form of each chunk that was a stream's only content (never changed after: pdfkit copies it). */
const deflatedChunks = new WeakMap<Uint8Array, Buffer>();

/** pdfkit's own writing, but for the text left to write later. */
function writeUnbatched(this: StreamReference, chunk: string | Uint8Array): void {
  writeLaterText(this);
  original!.write.call(this, chunk);
}

function finalizeUnbatched(this: StreamReference): void {
  writeLaterText(this);
  compressStream(this);
  original!.finalize.call(this);
}

function finalizeBatched(this: StreamReference): void {
  writeLaterText(this);
  flushText(this);
  compressStream(this);
  original!.finalize.call(this);
}

/** Streams written as one Buffer each (the default), or each write a Buffer as pdfkit does (for tests and the bench). */
export function batchStreamWrites(enabled: boolean): void {
  wanted = enabled;
  if (!referencePrototype || !original) return;
  referencePrototype.write = enabled ? writeBatched : writeUnbatched;
  referencePrototype.finalize = enabled ? finalizeBatched : finalizeUnbatched;
}

// pdfkit does not export its reference class: its prototype is taken from the first reference a document makes.
const ref = PdfKitDocument.prototype.ref;
PdfKitDocument.prototype.ref = function (this: unknown, data?: unknown) {
  const reference = ref.call(this, data);
  PdfKitDocument.prototype.ref = ref;
  referencePrototype = Object.getPrototypeOf(reference) as StreamReference;
  original = { write: referencePrototype.write, finalize: referencePrototype.finalize };
  batchStreamWrites(wanted);
  return reference;
};
