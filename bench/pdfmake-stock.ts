/**
 * pdfmake alone, as anyone would use it: this process loads pdfmake and nothing of qujat's renderer (no shared
 * parsed fonts, no lighter style look-ups), gives it the same font files, and renders the document definition it
 * is given (a JSON file; functions as their source, dates as ISO text) for about `seconds`. Prints `{ "ms": CPU ms per document }`.
 * Run by render.bench.ts: `tsx bench/pdfmake-stock.ts <definition.json> <seconds>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { fontFiles, pdfFontFamily } from '../src/render/fonts.js';

const [file, secondsText] = process.argv.slice(2);
const seconds = Number(secondsText ?? 1);
const pdfmake = createRequire(import.meta.url)('pdfmake') as {
  virtualfs: { writeFileSync(name: string, bytes: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
};
const fonts: Record<string, string> = {};
for (const [style, path] of Object.entries(fontFiles)) {
  pdfmake.virtualfs.writeFileSync(`${style}.ttf`, readFileSync(path));
  fonts[style] = `${style}.ttf`;
}
pdfmake.setFonts({ [pdfFontFamily]: fonts });

const text = readFileSync(file!, 'utf8');
// A fresh definition for each document (pdfmake writes into the one it is given); functions come back from their source.
const definition = () =>
  JSON.parse(text, (_, value) => {
    if (value && typeof value === 'object' && typeof value.$function === 'string') return (0, eval)(`(${value.$function})`);
    if (value && typeof value === 'object' && typeof value.$date === 'string') return new Date(value.$date);
    return value;
  });
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let index = 0; index < 5; index += 1) await pdfmake.createPdf(definition()).getBuffer();
let count = 0;
const start = performance.now();
const cpuStart = cpuMs();
while (performance.now() - start < seconds * 1000) {
  await pdfmake.createPdf(definition()).getBuffer();
  count += 1;
}
console.log(JSON.stringify({ ms: (cpuMs() - cpuStart) / count }));
