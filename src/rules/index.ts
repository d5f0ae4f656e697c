export * from './rule-module.js';
export * from './registry.js';
export * from './kz-a/score-tables.js';
export * from './kz-a/find-band.js';
export * from './kz-a/rate-final-score.js';
export * from './kz-a/kpi-scores.js';
