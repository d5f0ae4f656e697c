import type { Face } from '../font-faces.js';

/**
 * The characters one document sets in one face, and the code (CID) each gets in the document's subset of it. One
 * object per face serves every document in turn (`begin` starts the next): the marks of the last document are told
 * apart by a generation number, so nothing the size of Unicode is cleared or allocated per document.
 */
export class FaceUse {
  readonly face: Face;
  /** The code points used, in the order first met (sorted by `sortCodePoints`). */
  codePoints: number[] = [];
  private generation = 0;
  private readonly seen = new Uint32Array(0x10000);
  private readonly cids = new Uint16Array(0x10000);
  private readonly astral = new Map<number, { generation: number; cid: number }>();

  constructor(face: Face) {
    this.face = face;
  }

  /** Forgets the previous document's characters. */
  begin(generation: number): void {
    this.generation = generation;
    this.codePoints = [];
  }

  get used(): boolean {
    return this.codePoints.length > 0;
  }

  /** Notes the characters of `text`. */
  add(text: string): void {
    const { seen, generation, codePoints } = this;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      // A high surrogate with its low one is one character beyond the BMP; a lone one is noted as itself below.
      const codePoint = code >= 0xd800 && code < 0xdc00 ? text.codePointAt(index)! : code;
      if (codePoint > 0xffff) {
        index += 1;
        const known = this.astral.get(codePoint);
        if (known?.generation === generation) continue;
        this.astral.set(codePoint, { generation, cid: 0 });
        codePoints.push(codePoint);
      } else if (seen[code] !== generation) {
        seen[code] = generation;
        codePoints.push(code);
      }
    }
  }

  /** Sets the code of a character noted for this document. */
  setCid(codePoint: number, cid: number): void {
    if (codePoint < 0x10000) this.cids[codePoint] = cid;
    else this.astral.set(codePoint, { generation: this.generation, cid });
  }

  /** The code of a character noted for this document. */
  cidOf(codePoint: number): number {
    return codePoint < 0x10000 ? this.cids[codePoint]! : (this.astral.get(codePoint)?.cid ?? 0);
  }

  /** The code table for characters of the Basic Multilingual Plane (read directly in the writer's loop). */
  get bmpCids(): Uint16Array {
    return this.cids;
  }
}
