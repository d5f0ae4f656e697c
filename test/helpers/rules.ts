export { findBand, maxScoreTable, rangeTable, computeAchievementPercent, rateFinalScore, kzAKpiScores, chooseSheet, kzBAnnualSummary, kzBCalibration, kzBManagerSheet, kzBStaffSheet, rateBScore } from '../../src/rules/index.js';
export { toDecimal } from '../../src/core/decimal/index.js';
