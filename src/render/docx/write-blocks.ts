import { type Block, type Cell, type Fill, keepsWithNext, type Run, type Table } from '../layout/index.js';
import { twips } from './word-units.js';
import { writeChartBlock } from './write-chart.js';
import { type BlockContext, noBorders, writeCell, writeParagraph, writeRow, writeTable } from './write-elements.js';
import { writeRuns } from './write-runs.js';

const styleIds = { title: 'QujatTitle', heading: 'QujatHeading', body: 'QujatBody', note: 'QujatNote', caption: 'QujatCaption' } as const;

/** A block of the layout as WordprocessingML: paragraphs with the Qujat styles and real Word tables. */
export function writeBlock(block: Block, textWidth: number, lang: string, context: BlockContext): string {
  const language = context.language(lang);
  switch (block.kind) {
    case 'paragraph':
      // A heading's style keeps it with the next paragraph; a paragraph all in bold says so itself.
      return writeParagraph(
        { style: styleIds[block.role], keepNext: block.role !== 'heading' && keepsWithNext(block), align: block.align },
        writeRuns(block.runs, language),
      );
    case 'table':
      return writeLayoutTable(block, textWidth, language) + writeParagraph({ style: 'QujatNote' }, '');
    case 'fill':
      return writeFill(block, textWidth, language);
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    case 'chart':
      return writeChartBlock(block, lang, context);
    case 'pair': {
      const half = Math.floor((textWidth - twips(5)) / 2);
      // A table cell must end with a paragraph (Word's rule), even after a nested table.
      const cell = (inner: Block) =>
        writeCell(half, writeBlock(inner, half, inner.lang ?? lang, context) + writeParagraph({ style: 'QujatTable' }, ''), { borders: noBorders });
      return writeTable(
        { width: half * 2, columnWidths: [half, half], borders: { ...noBorders, insideH: 'none', insideV: 'none' } },
        writeRow(cell(block.left) + cell(block.right), { cantSplit: false }),
      );
    }
    case 'appendix':
      return (
        block.paragraphs
          .map((paragraph) => writeParagraph({ style: 'QujatAppendix', indentLeft: Math.max(0, textWidth - twips(75)) }, writeRuns(paragraph.runs, language)))
          .join('') + writeParagraph({ style: 'QujatBody' }, '')
      );
  }
}

function writeLayoutTable(table: Table, textWidth: number, language: string | undefined): string {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = table.widths.map((width) => Math.floor((width / total) * textWidth));
  const writeCells = (cells: Cell[], header: boolean) => {
    let column = 0;
    let xml = '';
    for (const cell of cells) {
      let width = 0;
      for (let index = column; index < column + cell.colSpan && index < columnWidths.length; index++) width += columnWidths[index]!;
      column += cell.colSpan;
      const runs = header ? cell.runs.map((run) => ({ ...run, bold: true })) : cell.runs;
      xml += writeCell(width, writeParagraph({ style: 'QujatTable', align: header ? 'center' : cell.align }, writeRuns(runs, language)), {
        span: cell.colSpan,
      });
    }
    return writeRow(xml, { cantSplit: true, header });
  };
  const thin = 'thin' as const;
  return writeTable(
    { width: textWidth, columnWidths, borders: { top: thin, left: thin, bottom: thin, right: thin, insideH: thin, insideV: thin } },
    writeCells(table.header, true) + table.rows.map((row) => writeCells(row, false)).join(''),
  );
}

function writeFill(fill: Fill, textWidth: number, language: string | undefined): string {
  const hasLabel = fill.label.length > 0;
  const labelWidth = hasLabel ? Math.min(twips(45), Math.round(textWidth * 0.3)) : 0;
  const valueWidth = textWidth - labelWidth;
  const valueCell = writeCell(
    valueWidth,
    writeParagraph({ style: 'QujatBody', spacing: { after: 0 }, align: hasLabel ? 'left' : 'center' }, writeRuns(fill.value, language)),
    { borders: { ...noBorders, bottom: 'thin' } },
  );
  const labelCell = (runs: Run[]) =>
    writeCell(labelWidth, writeParagraph({ style: 'QujatBody', spacing: { after: 0 } }, writeRuns(runs, language)), { borders: noBorders });
  const captionCell = writeCell(valueWidth, writeParagraph({ style: 'QujatCaption' }, writeRuns(fill.caption, language)), { borders: noBorders });
  let rows = writeRow(hasLabel ? labelCell(fill.label) + valueCell : valueCell, { cantSplit: true });
  if (fill.caption.length > 0) rows += writeRow(hasLabel ? labelCell([]) + captionCell : captionCell, { cantSplit: true });
  return writeTable(
    { width: textWidth, columnWidths: hasLabel ? [labelWidth, valueWidth] : [valueWidth], borders: { ...noBorders, insideH: 'none', insideV: 'none' } },
    rows,
  );
}
