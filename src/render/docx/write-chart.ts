import { rasterizeChart, seriesColours } from '../chart/index.js';
import type { Chart } from '../layout/index.js';
import { escapeXml } from './escape-xml.js';
import { type BlockContext, noBorders, writeCell, writeParagraph, writeRow, writeTable } from './write-elements.js';
import { writeRunProperties, writeRuns } from './write-runs.js';

/** Chart size in points, as in the PDF; the picture is drawn at twice the pixels for print. */
const chartSize = { width: 420, height: 110 };
const emuPerPixel = 9525;
const drawingMl = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** A picture in a run of its own, inline, at a size in pixels. */
function writePicture(
  picture: { relationshipId: string; drawingId: number },
  pixels: { width: number; height: number },
  alt: { title: string; description: string },
) {
  const cx = pixels.width * emuPerPixel;
  const cy = pixels.height * emuPerPixel;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${picture.drawingId}" name="chart" descr="${escapeXml(alt.description)}" title="${escapeXml(alt.title)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${drawingMl}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${drawingMl}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/>` +
    `<pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${picture.relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A grouped bar chart: the bars as a PNG picture, the group labels as a borderless table, and a legend. */
export function writeChartBlock(chart: Chart, lang: string, context: BlockContext): string {
  const language = context.language(lang);
  const pixels = { width: Math.round((chartSize.width * 96) / 72), height: Math.round((chartSize.height * 96) / 72) };
  const picture = context.addPicture(rasterizeChart(chart, pixels.width * 2, pixels.height * 2));
  const alt = { title: chart.series.map((series) => series.name).join(' / '), description: chart.categories.join(', ') };
  const labelWidth = Math.floor((chartSize.width * 20) / Math.max(chart.categories.length, 1));
  const none = 'none' as const;
  const labels = chart.categories
    .map((category) =>
      writeCell(labelWidth, writeParagraph({ style: 'QujatCaption' }, writeRuns([{ text: category }], language)), {
        borders: noBorders,
      }),
    )
    .join('');
  const legend = chart.series
    .map(
      (series, index) =>
        `<w:r>${writeRunProperties({ color: seriesColours[index % seriesColours.length]!.slice(1), language })}<w:t xml:space="preserve">■ </w:t></w:r>` +
        writeRuns([{ text: `${series.name}    ` }], language),
    )
    .join('');
  return (
    writeParagraph({ style: 'QujatBody', spacing: { after: 0 } }, writePicture(picture, pixels, alt)) +
    writeTable(
      {
        width: labelWidth * chart.categories.length,
        columnWidths: chart.categories.map(() => labelWidth),
        borders: { ...noBorders, insideH: none, insideV: none },
      },
      writeRow(labels),
    ) +
    writeParagraph({ style: 'QujatNote' }, legend)
  );
}
