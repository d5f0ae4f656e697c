import { createHash } from 'node:crypto';

/**
 * A PDF file's body, cross-reference table and trailer: numbered objects (dictionaries as text, streams with their
 * bytes), written in the order given. The file identifier is the MD5 of the body (a kept stream counted by its own
 * MD5), so the same objects make the same file.
 */
export class PdfObjects {
  private readonly parts: Uint8Array[] = [];
  /** What the identifier hashes: the parts, but a digest in place of a stream written in many files. */
  private readonly hashed: Uint8Array[] = [];
  private readonly offsets: number[] = [];
  private length = 0;
  private count = 0;

  constructor() {
    // The version, and a comment of bytes above 127 so that tools treat the file as binary.
    this.push(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  /** A number for an object written later. */
  allocate(): number {
    this.count += 1;
    return this.count;
  }

  /** Object `number`: `value` (a dictionary or array as PDF text of one-byte characters). */
  write(number: number, value: string): void {
    this.offsets[number] = this.length;
    this.push(Buffer.from(`${number} 0 obj\n${value}\nendobj\n`, 'latin1'));
  }

  /**
   * Object `number`: a stream; `entries` are its dictionary's entries but /Length. `digest`: the data's own hash,
   * for data kept and written again (a font file), which the file identifier then hashes instead of the data.
   */
  writeStream(number: number, entries: string, data: Uint8Array, digest?: Uint8Array): void {
    this.offsets[number] = this.length;
    this.push(Buffer.from(`${number} 0 obj\n<< ${entries} /Length ${data.length} >>\nstream\n`, 'latin1'));
    this.push(data, digest);
    this.push(endStream);
  }

  /** The whole file, given the catalog's and the Info dictionary's numbers. */
  finish(root: number, info: number): Uint8Array {
    const hash = createHash('md5');
    for (const part of this.hashed) hash.update(part);
    const id = hash.digest('hex').toUpperCase();
    let xref = `xref\n0 ${this.count + 1}\n0000000000 65535 f \n`;
    for (let number = 1; number <= this.count; number += 1) {
      const offset = this.offsets[number];
      if (offset === undefined) throw new Error(`PDF object ${number} was allocated but not written`);
      xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
    }
    xref += `trailer\n<< /Size ${this.count + 1} /Root ${root} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${this.length}\n%%EOF\n`;
    this.push(Buffer.from(xref, 'latin1'));
    return Buffer.concat(this.parts, this.length);
  }

  private push(part: Uint8Array, digest?: Uint8Array): void {
    this.parts.push(part);
    this.hashed.push(digest ?? part);
    this.length += part.length;
  }
}

const endStream = Buffer.from('\nendstream\nendobj\n', 'latin1');

/** A text string: a literal of printable ASCII, otherwise UTF-16BE with its byte-order mark, in hex. */
export function pdfText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
  let hex = '<FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `${hex}>`;
}

/** A date as the Info dictionary writes it: `D:YYYYMMDDHHmmSSZ` (UTC). */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`;
}
