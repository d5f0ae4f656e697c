import { inflateSync } from 'node:zlib';

/** A PNG's pixels (8-bit RGB or RGBA, not interlaced: what Chromium writes), one row after another. */
export function readPngPixels(png: Uint8Array): { width: number; height: number; channels: number; pixels: Uint8Array } {
  const bytes = Buffer.from(png);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    if (type === 'IHDR') {
      width = bytes.readUInt32BE(offset + 8);
      height = bytes.readUInt32BE(offset + 12);
      if (bytes[offset + 16] !== 8 || bytes[offset + 20] !== 0) throw new Error('readPngPixels: only 8-bit, not interlaced');
      channels = { 2: 3, 6: 4 }[bytes[offset + 17]!] ?? 0;
      if (channels === 0) throw new Error('readPngPixels: only RGB or RGBA');
    }
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predicted = [0, left, up, (left + up) >> 1, 0][filter] ?? 0;
      pixels[y * stride + x] = (value + (filter === 4 ? paeth() : predicted)) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** How many pixels two PNGs of the same size differ in (all of them when the sizes differ). */
export function countDifferentPixels(left: Uint8Array, right: Uint8Array): number {
  const a = readPngPixels(left);
  const b = readPngPixels(right);
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) return Math.max(a.width * a.height, b.width * b.height);
  let count = 0;
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    for (let channel = 0; channel < a.channels; channel++) {
      if (a.pixels[pixel * a.channels + channel] !== b.pixels[pixel * b.channels + channel]) {
        count++;
        break;
      }
    }
  }
  return count;
}
