/** The lines of a text's bytes (line feeds and lone carriage returns, plus one), counted without decoding it. */
export function countLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lines = 1;
  for (let index = buffer.indexOf(0x0a); index !== -1; index = buffer.indexOf(0x0a, index + 1)) lines += 1;
  for (let index = buffer.indexOf(0x0d); index !== -1; index = buffer.indexOf(0x0d, index + 1)) if (buffer[index + 1] !== 0x0a) lines += 1;
  return lines;
}
