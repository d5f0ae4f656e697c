/**
 * A growing byte buffer for the PDF writer: ASCII text, compact numbers and 4-digit hex glyph codes are written as
 * bytes in place, with no string built per glyph or per number.
 */
export class PdfBytes {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 4096) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Room for `count` more bytes. */
  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Text of one-byte characters (ASCII or Latin-1). */
  ascii(text: string): this {
    this.reserve(text.length);
    const { bytes } = this;
    let at = this.length;
    for (let index = 0; index < text.length; index += 1) bytes[at++] = text.charCodeAt(index);
    this.length = at;
    return this;
  }

  byte(value: number): this {
    this.reserve(1);
    this.bytes[this.length++] = value;
    return this;
  }

  raw(data: Uint8Array): this {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** A number given in thousandths (an integer), printed compactly: at most 3 decimals, no exponent, no `-0`. */
  milli(thousandths: number): this {
    this.reserve(24);
    const { bytes } = this;
    let at = this.length;
    let value = thousandths;
    if (value < 0) {
      bytes[at++] = 0x2d;
      value = -value;
    }
    const whole = Math.floor(value / 1000);
    let fraction = value - whole * 1000;
    at = writeDigits(bytes, at, whole);
    if (fraction !== 0) {
      bytes[at++] = 0x2e;
      bytes[at++] = 0x30 + Math.floor(fraction / 100);
      fraction %= 100;
      if (fraction !== 0) {
        bytes[at++] = 0x30 + Math.floor(fraction / 10);
        fraction %= 10;
        if (fraction !== 0) bytes[at++] = 0x30 + fraction;
      }
    }
    this.length = at;
    return this;
  }

  /** A number, rounded to 3 decimals. */
  number(value: number): this {
    return this.milli(toMilli(value));
  }

  /** A glyph code as 4 hex digits (the inside of a hex string). */
  hex4(code: number): this {
    this.reserve(4);
    const { bytes } = this;
    const at = this.length;
    bytes[at] = hexDigits[(code >> 12) & 15]!;
    bytes[at + 1] = hexDigits[(code >> 8) & 15]!;
    bytes[at + 2] = hexDigits[(code >> 4) & 15]!;
    bytes[at + 3] = hexDigits[code & 15]!;
    this.length = at + 4;
    return this;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** The bytes of the hex digits 0-9, A-F. */
export const hexDigits = Uint8Array.from('0123456789ABCDEF', (char) => char.charCodeAt(0));

/** A number in thousandths, rounded (`-0` comes out as 0). */
export function toMilli(value: number): number {
  const milli = Math.round(value * 1000);
  return milli === 0 ? 0 : milli;
}

function writeDigits(bytes: Uint8Array, at: number, value: number): number {
  if (value < 10) {
    bytes[at] = 0x30 + value;
    return at + 1;
  }
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
  let rest = value;
  for (let index = digits - 1; index >= 0; index -= 1) {
    bytes[at + index] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** A number as PDF text: at most 3 decimals, no exponent, no `-0` (for dictionaries, not hot loops). */
export function formatNumber(value: number): string {
  const milli = toMilli(value);
  if (milli % 1000 === 0) return String(milli / 1000);
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '')}`;
}
