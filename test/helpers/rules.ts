export { findBand, maxScoreTable, rangeTable, computeAchievementPercent, rateFinalScore, kzAKpiScores } from '../../src/rules/index.js';
export { toDecimal } from '../../src/core/decimal/index.js';
