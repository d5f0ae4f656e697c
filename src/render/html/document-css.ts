import { pageMarginsMm, typeSizes } from '../render-options.js';

/** The font files of `fontFiles` under the names the stylesheet asks for them. */
export const htmlFontNames = {
  normal: 'tinos-regular.ttf',
  bold: 'tinos-bold.ttf',
  italics: 'tinos-italic.ttf',
  bolditalics: 'tinos-bold-italic.ttf',
} as const;

/**
 * The stylesheet of the HTML rendering: an A4 page with the official margins and type sizes, set in Tinos
 * (served from `fontBase`, the same font files the PDF embeds).
 */
export function createDocumentCss(fontBase: string): string {
  const face = (file: string, weight: number, style: string) =>
    `@font-face { font-family: Tinos; src: url("${fontBase}/${file}") format("truetype"); font-weight: ${weight}; font-style: ${style}; }`;
  return `${[
    face(htmlFontNames.normal, 400, 'normal'),
    face(htmlFontNames.bold, 700, 'normal'),
    face(htmlFontNames.italics, 400, 'italic'),
    face(htmlFontNames.bolditalics, 700, 'italic'),
  ].join('\n')}
html { background: #e8e8e8; }
body { margin: 0; padding: 12px 0; font-family: Tinos, "Times New Roman", serif; font-size: ${typeSizes.body}pt; color: #000; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  padding: ${pageMarginsMm.top}mm ${pageMarginsMm.right}mm ${pageMarginsMm.bottom}mm ${pageMarginsMm.left}mm; }
.page.landscape { width: 297mm; min-height: 210mm; }
p { margin: 0 0 4pt; line-height: 1.15; }
p.title { font-size: ${typeSizes.title}pt; font-weight: bold; margin: 8pt 0; }
p.heading { font-size: ${typeSizes.heading}pt; font-weight: bold; margin: 6pt 0 4pt; }
p.note { font-size: ${typeSizes.note}pt; }
p.caption { font-size: ${typeSizes.caption}pt; }
.align-left { text-align: left; } .align-center { text-align: center; } .align-right { text-align: right; } .align-justify { text-align: justify; }
.appendix { margin-left: 55%; font-size: ${typeSizes.appendix}pt; margin-bottom: 10pt; }
.appendix p { text-align: center; }
.table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 8pt; font-size: ${typeSizes.table}pt; }
.table th, .table td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; hyphens: manual; overflow-wrap: anywhere; }
.table th { font-weight: bold; }
.fill { margin: 4pt 0; }
.fill-line { display: flex; gap: 4pt; align-items: baseline; }
.fill-value { flex: 1; border-bottom: 0.5pt solid #000; min-height: 1.2em; }
.fill-caption { display: block; text-align: center; font-size: ${typeSizes.caption}pt; }
.blank { display: inline-block; width: 6em; border-bottom: 0.5pt solid #000; }
.page-break { border: 0; border-top: 1px dashed #999; margin: 16pt 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.chart { margin: 6pt 0; }
.chart figcaption { font-size: ${typeSizes.caption}pt; }
@media print { html, body { background: none; padding: 0; } .page { box-shadow: none; margin: 0; } }
`;
}
