export * from './bar-geometry.js';
export * from './encode-png.js';
export * from './rasterize-chart.js';
