import type { Block } from '../layout/index.js';
import { pageMarginsMm } from '../render-options.js';
import { a4, twips } from './word-units.js';
import { writeBlock } from './write-blocks.js';
import { type BlockContext, writeParagraph } from './write-elements.js';

/** The namespaces Word 2010-2020 declares on a document (as docx writes them): Word then opens it without a compatibility prompt. */
const namespaces = [
  ['wpc', 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas'],
  ['mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['m', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['wp14', 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing'],
  ['wp', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['w10', 'urn:schemas-microsoft-com:office:word'],
  ['w', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['w14', 'http://schemas.microsoft.com/office/word/2010/wordml'],
  ['w15', 'http://schemas.microsoft.com/office/word/2012/wordml'],
  ['wpg', 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup'],
  ['wpi', 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk'],
  ['wne', 'http://schemas.microsoft.com/office/word/2006/wordml'],
  ['wps', 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
  ['cx', 'http://schemas.microsoft.com/office/drawing/2014/chartex'],
  ['cx1', 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex'],
  ['cx2', 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex'],
  ['cx3', 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex'],
  ['cx4', 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex'],
  ['cx5', 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex'],
  ['cx6', 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex'],
  ['cx7', 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex'],
  ['cx8', 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex'],
  ['aink', 'http://schemas.microsoft.com/office/drawing/2016/ink'],
  ['am3d', 'http://schemas.microsoft.com/office/drawing/2017/model3d'],
  ['w16cex', 'http://schemas.microsoft.com/office/word/2018/wordml/cex'],
  ['w16cid', 'http://schemas.microsoft.com/office/word/2016/wordml/cid'],
  ['w16', 'http://schemas.microsoft.com/office/word/2018/wordml'],
  ['w16sdtdh', 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash'],
  ['w16se', 'http://schemas.microsoft.com/office/word/2015/wordml/symex'],
] as const;

const documentStart =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document mc:Ignorable="w14 w15 wp14" ' +
  namespaces.map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ') +
  '><w:body>';

/**
 * The room the PDF leaves after a fill-in line (its margin, and the next block's) before another fill-in line or a
 * table, as a paragraph of that height: Word joins tables with nothing between them into one, which set a period's
 * caption on the table under it and a position's line on the signature's.
 */
function writeSpaceAfterFill(previous: Block | undefined, block: Block): string {
  if (previous?.kind !== 'fill' || (block.kind !== 'fill' && block.kind !== 'table')) return '';
  const points = block.kind === 'fill' ? 8 : 10;
  return writeParagraph({ style: 'QujatBody', spacing: { exactLine: points * 20 } }, '');
}

/** `word/document.xml`: the blocks, then the A4 page with the margins of official documents. */
export function writeDocumentXml(blocks: readonly Block[], page: { orientation: 'portrait' | 'landscape'; lang: string }, context: BlockContext): string {
  const portrait = page.orientation === 'portrait';
  const width = portrait ? a4.width : a4.height;
  const height = portrait ? a4.height : a4.width;
  const textWidth = width - twips(pageMarginsMm.left) - twips(pageMarginsMm.right);
  let xml = documentStart;
  blocks.forEach((block, index) => {
    xml += writeSpaceAfterFill(blocks[index - 1], block) + writeBlock(block, textWidth, block.lang ?? page.lang, context);
  });
  const margins = `w:top="${twips(pageMarginsMm.top)}" w:right="${twips(pageMarginsMm.right)}" w:bottom="${twips(pageMarginsMm.bottom)}" w:left="${twips(pageMarginsMm.left)}"`;
  return (
    xml +
    `<w:sectPr><w:pgSz w:w="${width}" w:h="${height}" w:orient="${page.orientation}"/><w:pgMar ${margins} w:header="708" w:footer="708" w:gutter="0"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
  );
}
