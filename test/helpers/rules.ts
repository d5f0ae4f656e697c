export { toDecimal } from '../../src/core/decimal/index.js';
export {
  chooseSheet,
  computeAchievementPercent,
  findBand,
  kzAKpiScores,
  kzBAnnualSummary,
  kzBCalibration,
  kzBManagerSheet,
  kzBStaffSheet,
  maxScoreTable,
  rangeTable,
  rateBScore,
  rateFinalScore,
} from '../../src/rules/index.js';
