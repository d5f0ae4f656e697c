import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

import { makeZipReproducible } from '../../render/docx/make-zip-reproducible.js';
import type { DocumentLine } from '../read-regulation.js';

const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * A text draft (.md or .txt, as read) as a DOCX to review in Word: one paragraph per line, in the line's order (so
 * that a finding's line is its paragraph), Markdown headings as Word's headings, editorial notes in bold. The same
 * lines and date give the same bytes.
 */
export async function draftToDocx(lines: readonly DocumentLine[], date: string): Promise<Uint8Array> {
  const document = new Document({
    creator: 'qujat',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        children: lines.map(
          (line) =>
            new Paragraph({
              children: line.text === '' ? [] : [new TextRun({ text: line.text, bold: line.bold === true })],
              ...(line.headingLevel !== undefined && { heading: headings[line.headingLevel - 1] }),
            }),
        ),
      },
    ],
  });
  return makeZipReproducible(await Packer.toBuffer(document), date);
}
