import { Transform } from 'node:stream';

/**
 * Every line end (CR LF, LF, or a lone CR) as LF, for a stream of bytes. A CSV saved by hand or glued together from
 * several exports may mix them; the CSV reader counts lines only right when they are all the same, and the places
 * in `errors.jsonl` must be exact. CR and LF are single bytes in UTF-8, never part of a longer character.
 */
export function normalizeLineEnds(): Transform {
  let pendingCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let text = chunk.toString('latin1');
      if (pendingCr) text = `\r${text}`;
      pendingCr = text.endsWith('\r');
      if (pendingCr) text = text.slice(0, -1);
      done(null, Buffer.from(text.replace(/\r\n?/g, '\n'), 'latin1'));
    },
    flush(done) {
      done(null, pendingCr ? Buffer.from('\n') : null);
    },
  });
}

/** The same for a whole text. */
export function normalizeLineEndsOf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
