import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';

import { fixturesDir } from '../../helpers/example.js';
import { now, oddString } from './odd-strings.js';

const texts = ['kz-ok.kk.md', 'kz-defects.ru.md', 'kg-ok.ky.txt', 'kg-defects.ru.txt'].map((name) => ({
  name,
  text: readFileSync(join(fixturesDir, 'regulation', name), 'utf8'),
}));
const docxFiles = ['kz-minimal-clean.ru.docx', 'kg-minimal-defects.ky.docx', 'kz-minfin-hr-department.ru.lo.docx'].map((name) =>
  readFileSync(join(fixturesDir, 'regulations', name)),
);

/** A typical text with lines dropped, repeated, replaced by odd or huge ones. */
const mutatedText = fc
  .tuple(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'repeat', 'odd', 'huge'), oddString), { maxLength: 8 }))
  .map(([{ name, text }, edits]) => {
    const lines = text.split('\n');
    for (const [at, how, odd] of edits) {
      const index = at % Math.max(lines.length, 1);
      if (how === 'drop') lines.splice(index, 1);
      else if (how === 'repeat' && (lines[index] ?? '').length < 10_000) lines.splice(index, 0, ...Array(at % 3000).fill(lines[index] ?? ''));
      else if (how === 'odd') lines[index] = `${lines[index] ?? ''}${odd}`;
      else lines[index] = 'а'.repeat(at % 3_000_000);
    }
    return { extension: name.endsWith('.md') ? '.md' : '.txt', bytes: strToU8(lines.join('\n')) };
  });

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

const bombs = new Map<number, Uint8Array>();

/** A DOCX with a picture of `megabytes` of zeros (a few KB as a file): below and past the limit on inflated bytes. */
function zipOfMegabytes(megabytes: number): Uint8Array {
  let bytes = bombs.get(megabytes);
  if (!bytes) {
    bytes = zipSync(
      { 'word/document.xml': strToU8(documentXml('<w:p><w:r><w:t>а</w:t></w:r></w:p>')), 'word/media/a.bin': new Uint8Array(megabytes * 1024 * 1024) },
      { level: 9 },
    );
    bombs.set(megabytes, bytes);
  }
  return bytes;
}

/** A DOCX made here: many paragraphs, deep nesting, broken XML, a bomb, many entries. */
const madeDocx = fc.oneof(
  fc
    .integer({ min: 1, max: 60_000 })
    .map((count) => zipSync({ 'word/document.xml': strToU8(documentXml('<w:p><w:r><w:t>1. Мәтін.</w:t></w:r></w:p>'.repeat(count))) })),
  fc
    .integer({ min: 50, max: 2_000 })
    .map((depth) => zipSync({ 'word/document.xml': strToU8(documentXml(`${'<w:p>'.repeat(depth)}x${'</w:p>'.repeat(depth)}`)) })),
  oddString.map((odd) => zipSync({ 'word/document.xml': strToU8(documentXml(`<w:p><w:r><w:t>${odd}</w:t></w:r></w:p>`)) })),
  fc.constantFrom(1, 63, 65, 80).map(zipOfMegabytes),
  fc
    .integer({ min: 1_900, max: 2_200 })
    .map((count) =>
      zipSync(
        Object.fromEntries([
          ['word/document.xml', strToU8(documentXml('<w:p/>'))],
          ...Array.from({ length: count }, (_, index) => [`x/${index}`, new Uint8Array(1)]),
        ]),
      ),
    ),
);

/** A real DOCX with bytes flipped, or cut short. */
const damagedDocx = fc
  .tuple(fc.constantFrom(...docxFiles), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }), now(fc.nat(), 3))
  .map(([original, flips, cut]) => {
    const bytes = Uint8Array.from(original);
    for (const [at, mask] of flips) bytes[at % bytes.length]! ^= mask;
    return cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
  });

/** A draft regulation as a user may give it: its bytes and its extension. */
export const draftFile = fc.oneof(
  mutatedText,
  madeDocx.map((bytes) => ({ extension: '.docx', bytes })),
  damagedDocx.map((bytes) => ({ extension: '.docx', bytes })),
  fc.record({ extension: fc.constantFrom('.docx', '.md', '.txt'), bytes: fc.uint8Array({ maxLength: 2000 }) }),
);
