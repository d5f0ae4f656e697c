import type { Chart } from '../layout/index.js';
import { layoutBars, seriesColours } from './bar-geometry.js';
import { encodePng } from './encode-png.js';

const hexToRgb = (hex: string) => [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));

/** The chart's bars and baseline as a PNG (for DOCX, which has no vector drawing the `docx` package writes). */
export function rasterizeChart(chart: Chart, width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: number[]) => {
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(height, Math.round(y1)); y += 1) {
      for (let x = Math.max(0, Math.round(x0)); x < Math.min(width, Math.round(x1)); x += 1) rgb.set(colour, (y * width + x) * 3);
    }
  };
  const { bars } = layoutBars(chart, width, height - 2);
  for (const bar of bars) fill(bar.x, bar.y, bar.x + bar.width, bar.y + bar.height, hexToRgb(seriesColours[bar.series % seriesColours.length]!));
  fill(0, height - 2, width, height, [0, 0, 0]);
  return encodePng(width, height, rgb);
}
