/**
 * Makes the corpus's other formats from each draft as written (`npx tsx test/regulation/corpus/build-corpus.ts`):
 * - `<stem>.docx` with the `docx` library, a paragraph per non-blank line: Markdown headings as Word's heading styles,
 *   bold lines in bold runs, bulleted items as a bulleted list, and points «N.» and subpoints «N)» as Word's automatic
 *   numbering wherever the number typed is the one Word would count (a number typed out of sequence stays typed, as a
 *   defect does in a real file);
 * - `<stem>.txt` from a `<stem>.md`: the text a reader sees, line for line;
 * - `<stem>.lo.docx` for every fourth draft: the DOCX opened and saved again by LibreOffice (`soffice`, when present;
 *   made once).
 * Each DOCX is read back: its paragraphs must be the draft's lines, or the build fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AlignmentType, Document, HeadingLevel, type INumberingOptions, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

import { type DocumentLine, splitLines } from '../../../src/regulation/index.js';
import { readDocxParagraphs } from '../../../src/regulation/read-docx-paragraphs.js';
import { makeZipReproducible } from '../../../src/render/docx/make-zip-reproducible.js';
import { corpusDir } from './evaluate-corpus.js';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

const numbering: INumberingOptions = {
  config: [
    { reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
    { reference: 'subpoints', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.START }] },
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
  ],
};

/** The paragraphs of a draft, numbered by Word where the typed number is the one Word would count. */
function toParagraphs(lines: DocumentLine[]): Paragraph[] {
  const counters = { points: { instance: 0, count: 0 }, subpoints: { instance: 0, count: 0 } };
  return lines
    .filter((line) => line.text !== '')
    .map((line) => {
      const runs = [new TextRun({ text: line.listItem ? line.text.replace(/^–\s*/, '') : line.text, bold: line.bold === true })];
      if (line.headingLevel) return new Paragraph({ children: [new TextRun({ text: line.text })], heading: headingLevels[line.headingLevel - 1] });
      if (line.listItem) return new Paragraph({ children: runs, numbering: { reference: 'bullets', level: 0 } });
      const numbered = /^(\d{1,3})([.)])\s+(?=\S)/u.exec(line.text);
      if (numbered && !line.bold) {
        const kind = numbered[2] === '.' ? 'points' : 'subpoints';
        const counter = counters[kind];
        const value = Number(numbered[1]);
        if (kind === 'points') counters.subpoints.count = -1;
        if (value === 1 || (kind === 'subpoints' && counter.count < 0)) {
          counter.instance += 1;
          counter.count = 0;
        }
        if (value === counter.count + 1) {
          counter.count = value;
          const text = line.text.slice(numbered[0].length);
          return new Paragraph({ children: [new TextRun({ text })], numbering: { reference: kind, level: 0, instance: counter.instance } });
        }
      }
      return new Paragraph({ children: runs });
    });
}

async function buildDocx(lines: DocumentLine[]): Promise<Uint8Array> {
  const document = new Document({ numbering, sections: [{ children: toParagraphs(lines) }] });
  return makeZipReproducible(new Uint8Array(await Packer.toBuffer(document)), '2026-01-15');
}

/** The DOCX's paragraphs must read as the draft's non-blank lines. */
function verify(file: string, lines: DocumentLine[]): void {
  const expected = lines.filter((line) => line.text !== '').map((line) => line.text.replace(/\s+/g, ' '));
  const actual = readDocxParagraphs(readFileSync(file)).map((line) => line.text.replace(/\s+/g, ' '));
  const at = expected.findIndex((text, index) => text !== actual[index]);
  if (at >= 0 || actual.length !== expected.length) throw new Error(`${file}: paragraph ${at + 1} reads «${actual[at]}», the draft has «${expected[at]}»`);
}

const soffice = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const names = readdirSync(corpusDir);
const stems = names
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.slice(0, -'.expected.json'.length))
  .sort();
let index = 0;
for (const stem of stems) {
  const markdown = names.includes(`${stem}.md`);
  const source = join(corpusDir, `${stem}.${markdown ? 'md' : 'txt'}`);
  if (!existsSync(source)) continue;
  const lines = splitLines(readFileSync(source, 'utf8'), markdown);
  if (markdown) writeFileSync(join(corpusDir, `${stem}.txt`), `${lines.map((line) => line.text).join('\n')}`);
  const docx = join(corpusDir, `${stem}.docx`);
  writeFileSync(docx, await buildDocx(lines));
  verify(docx, lines);
  // LibreOffice stamps its own dates into a file it saves: a copy made once is kept, not made again.
  if (soffice && index % 4 === 0 && !existsSync(join(corpusDir, `${stem}.lo.docx`))) {
    const out = mkdtempSync(join(tmpdir(), 'qujat-lo-'));
    execFileSync(soffice, ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, docx], { stdio: 'ignore' });
    const saved = join(corpusDir, `${stem}.lo.docx`);
    renameSync(join(out, `${stem}.docx`), saved);
    rmSync(out, { recursive: true, force: true });
    verify(saved, lines);
  }
  index += 1;
}
console.log(`${stems.length} drafts: DOCX made${soffice ? ', every fourth saved again by LibreOffice' : ' (no soffice: no LibreOffice copies)'}`);
