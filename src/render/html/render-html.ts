import { layoutBars, seriesColours } from '../chart/index.js';
import type { Block, Cell, Chart, Fill, Paragraph, Run } from '../layout/index.js';
import { type RenderOptions, splitLines } from '../render-options.js';
import { escapeHtml } from './escape-html.js';

export interface HtmlOptions extends RenderOptions {
  /** The stylesheet the page links to (no inline styles, so that a strict Content-Security-Policy holds). */
  stylesheet?: string;
}

/**
 * The layout as an HTML page that looks as the document prints: the same blocks as PDF and DOCX. Every text is
 * escaped, so data never becomes markup; the page has no script, and its only reference is the stylesheet.
 */
export function renderHtml(blocks: readonly Block[], options: HtmlOptions): string {
  const stylesheet = options.stylesheet ? `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">` : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>${stylesheet}</head>`,
    `<body><main class="page ${options.orientation}">`,
    ...blocks.map(renderBlock),
    '</main></body></html>',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return renderParagraph(block);
    case 'table': {
      const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
      const columns = block.widths.map((width) => `<col width="${Math.round((width / total) * 1000) / 10}%">`).join('');
      const header = block.header.length > 0 ? `<thead><tr>${block.header.map((cell) => renderCell(cell, 'th')).join('')}</tr></thead>` : '';
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => renderCell(cell, 'td')).join('')}</tr>`).join('');
      return `<table class="table"><colgroup>${columns}</colgroup>${header}<tbody>${rows}</tbody></table>`;
    }
    case 'fill':
      return renderFill(block);
    case 'appendix':
      return `<div class="appendix">${block.paragraphs.map(renderParagraph).join('')}</div>`;
    case 'pageBreak':
      return '<hr class="page-break">';
    case 'chart':
      return renderChart(block);
    case 'pair':
      return `<div class="pair"><div>${renderBlock(block.left)}</div><div>${renderBlock(block.right)}</div></div>`;
  }
}

function renderRuns(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      if (run.blank) return '<span class="blank"></span>';
      const text = splitLines(run.text).map(escapeHtml).join('<br>');
      const bold = run.bold ? `<b>${text}</b>` : text;
      return run.italic ? `<i>${bold}</i>` : bold;
    })
    .join('');
}

function renderParagraph(paragraph: Paragraph): string {
  return `<p class="${paragraph.role} align-${paragraph.align}">${renderRuns(paragraph.runs)}</p>`;
}

function renderCell(cell: Cell, tag: 'th' | 'td'): string {
  const span = cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  return `<${tag}${span} class="align-${cell.align}">${renderRuns(cell.runs)}</${tag}>`;
}

function renderFill(fill: Fill): string {
  const label = fill.label.length > 0 ? `<span class="fill-label">${renderRuns(fill.label)}</span>` : '';
  const value = `<span class="fill-value">${fill.value.length > 0 ? renderRuns(fill.value) : '&nbsp;'}</span>`;
  const caption = fill.caption.length > 0 ? `<span class="fill-caption">${renderRuns(fill.caption)}</span>` : '';
  return `<div class="fill"><div class="fill-line">${label}${value}</div>${caption}</div>`;
}

/** The same bars as the PDF's vector chart, as SVG (attributes only, no style), with a legend. */
function renderChart(chart: Chart): string {
  const width = 460;
  const height = 160;
  const { bars, groupWidth, baseline } = layoutBars(chart, width, height);
  const rects = bars
    .map(
      (bar) =>
        `<rect x="${bar.x.toFixed(1)}" y="${bar.y.toFixed(1)}" width="${bar.width.toFixed(1)}" height="${bar.height.toFixed(1)}" fill="${seriesColours[bar.series % seriesColours.length]}"/>`,
    )
    .join('');
  const labels = chart.categories
    .map(
      (category, index) =>
        `<text x="${(index * groupWidth + groupWidth / 2).toFixed(1)}" y="${baseline + 14}" text-anchor="middle" font-size="10">${escapeHtml(category)}</text>`,
    )
    .join('');
  const legend = chart.series
    .map(
      (series, index) =>
        `<span class="legend-item"><svg width="10" height="10"><rect width="10" height="10" fill="${seriesColours[index % seriesColours.length]}"/></svg> ${escapeHtml(series.name)}</span>`,
    )
    .join(' ');
  return `<figure class="chart"><svg viewBox="0 0 ${width} ${height + 20}" width="${width}" height="${height + 20}"><line x1="0" y1="${baseline}" x2="${width}" y2="${baseline}" stroke="#000" stroke-width="0.5"/>${rects}${labels}</svg><figcaption>${legend}</figcaption></figure>`;
}
