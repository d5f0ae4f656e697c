import { AlignmentType, type IStylesOptions } from 'docx';

import { docxFontFamily } from '../fonts.js';
import { typeSizes } from '../render-options.js';
import { halfPoints } from './word-units.js';

/**
 * The Qujat paragraph styles of every DOCX: the type sizes and spacing of the PDF, and the document's language
 * (Word's tag, kk-KZ) as the default of all text, so that what the user types in Word is checked in that language too.
 */
export function createStyles(language: string): IStylesOptions {
  const run = (size: number, bold = false) => ({ font: docxFontFamily, size: halfPoints(size), bold });
  const paragraph = (after: number) => ({ spacing: { after, line: 264 } });
  return {
    default: { document: { run: { font: docxFontFamily, size: halfPoints(typeSizes.body), language: { value: language } } } },
    paragraphStyles: [
      { id: 'QujatBody', name: 'Qujat Body', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.body), paragraph: paragraph(80) },
      {
        id: 'QujatTitle',
        name: 'Qujat Title',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.title, true),
        paragraph: { spacing: { before: 240, after: 160 }, alignment: AlignmentType.CENTER },
      },
      {
        id: 'QujatHeading',
        name: 'Qujat Heading',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.heading, true),
        paragraph: { spacing: { before: 160, after: 80 }, alignment: AlignmentType.CENTER, keepNext: true },
      },
      { id: 'QujatNote', name: 'Qujat Note', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.note), paragraph: paragraph(40) },
      {
        id: 'QujatCaption',
        name: 'Qujat Caption',
        basedOn: 'Normal',
        quickFormat: true,
        run: run(typeSizes.caption),
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER },
      },
      { id: 'QujatTable', name: 'Qujat Table Text', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.table), paragraph: { spacing: { after: 0 } } },
      { id: 'QujatAppendix', name: 'Qujat Appendix', basedOn: 'Normal', quickFormat: true, run: run(typeSizes.appendix), paragraph: { spacing: { after: 0 } } },
    ],
  };
}
