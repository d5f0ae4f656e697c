import type { Chart } from '../layout/index.js';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
}

/** Colours of the series (target, actual, …): grey and dark blue print well in black and white too. */
export const seriesColours = ['#a6a6a6', '#1f4e79', '#c55a11', '#548235'];

/**
 * The bars of a grouped bar chart in a `width` × `height` box (origin top left): one group per category, one bar
 * per series, scaled from 0 to the largest value. A missing value has no bar. Shared by the PDF (vector) and the
 * DOCX (raster) renderers, so both draw the same chart.
 */
export function layoutBars(chart: Chart, width: number, height: number): { bars: Bar[]; groupWidth: number; baseline: number } {
  const values = chart.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  const max = Math.max(...values, 0) || 1;
  const groupWidth = width / Math.max(chart.categories.length, 1);
  const barWidth = (groupWidth * 0.7) / Math.max(chart.series.length, 1);
  const bars: Bar[] = [];
  chart.categories.forEach((_, group) => {
    chart.series.forEach((series, index) => {
      const value = series.values[group];
      if (value === null || value === undefined || value <= 0) return;
      const barHeight = (value / max) * height;
      bars.push({ x: group * groupWidth + groupWidth * 0.15 + index * barWidth, y: height - barHeight, width: barWidth, height: barHeight, series: index });
    });
  });
  return { bars, groupWidth, baseline: height };
}
