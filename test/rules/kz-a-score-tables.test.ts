import { describe, expect, it } from 'vitest';

import { computeAchievementPercent, findBand, maxScoreTable, rangeTable, toDecimal } from '../helpers/rules.js';

const maxAt = (percent: string) => findBand(maxScoreTable, toDecimal(percent)).max;
const rangeAt = (percent: string) => {
  const band = findBand(rangeTable, toDecimal(percent));
  return [band.min, band.max];
};

// Every band boundary of form 4 (line 741): the lowest value of a band, and the highest (x,99) of the band below.
const form4: [string, string][] = [
  ['150', '5'],
  ['100', '5'],
  ['99.99', '4.75'],
  ['95', '4.75'],
  ['94.99', '4.5'],
  ['90', '4.5'],
  ['89.99', '4.25'],
  ['85', '4.25'],
  ['84.99', '4'],
  ['80', '4'],
  ['79.99', '3.75'],
  ['75', '3.75'],
  ['74.99', '3.5'],
  ['70', '3.5'],
  ['69.99', '3.25'],
  ['65', '3.25'],
  ['64.99', '3'],
  ['60', '3'],
  ['59.99', '2.75'],
  ['55', '2.75'],
  ['54.99', '2.5'],
  ['50', '2.5'],
  ['49.99', '2.25'],
  ['45', '2.25'],
  ['44.99', '2'],
  ['44.7', '2'],
  ['44.49', '2'],
  ['40', '2'],
  ['39.99', '1.75'],
  ['35', '1.75'],
  ['34.99', '1.5'],
  ['30', '1.5'],
  ['29.99', '1.25'],
  ['25', '1.25'],
  ['24.99', '1'],
  ['20', '1'],
  ['19.99', '0.75'],
  ['15', '0.75'],
  ['14.99', '0.5'],
  ['10', '0.5'],
  ['9.99', '0.25'],
  ['5', '0.25'],
  ['4.99', '0'],
  ['0', '0'],
];

// Every band boundary of form 5 (line 863).
const form5: [string, string, string][] = [
  ['100', '5', '5'],
  ['99.99', '4.75', '4.99'],
  ['95', '4.75', '4.99'],
  ['94.99', '4.5', '4.74'],
  ['90', '4.5', '4.74'],
  ['89.99', '4.25', '4.49'],
  ['85', '4.25', '4.49'],
  ['84.99', '4', '4.24'],
  ['80', '4', '4.24'],
  ['79.99', '3.75', '3.99'],
  ['75', '3.75', '3.99'],
  ['74.99', '3.5', '3.74'],
  ['70', '3.5', '3.74'],
  ['69.99', '3.25', '3.49'],
  ['65', '3.25', '3.49'],
  ['64.99', '3', '3.24'],
  ['60', '3', '3.24'],
  ['59.99', '2.75', '2.99'],
  ['55', '2.75', '2.99'],
  ['54.99', '2.5', '2.74'],
  ['50', '2.5', '2.74'],
  ['49.99', '2.25', '2.49'],
  ['45', '2.25', '2.49'],
  ['44.99', '2', '2.24'],
  ['44.5', '2', '2.24'],
  ['40', '2', '2.24'],
  ['39.99', '1.75', '1.99'],
  ['35', '1.75', '1.99'],
  ['34.99', '1.5', '1.74'],
  ['30', '1.5', '1.74'],
  ['29.99', '1.25', '1.49'],
  ['25', '1.25', '1.49'],
  ['24.99', '1', '1.24'],
  ['20', '1', '1.24'],
  ['19.99', '0.75', '0.99'],
  ['15', '0.75', '0.99'],
  ['14.99', '0.5', '0.74'],
  ['10', '0.5', '0.74'],
  ['9.99', '0.25', '0.49'],
  ['5', '0.25', '0.49'],
  ['4.99', '0', '0.24'],
  ['0', '0', '0.24'],
];

describe('form 4: maximum score of the "instructions executed" KPI', () => {
  it.each(form4)('%s %% gives at most %s', (percent, max) => {
    expect(maxAt(percent)).toBe(max);
  });
  it('has 21 bands, as printed', () => {
    expect(maxScoreTable).toHaveLength(21);
  });
});

describe('form 5: allowed score range of the other KPIs', () => {
  it.each(form5)('%s %% allows %s to %s', (percent, min, max) => {
    expect(rangeAt(percent)).toEqual([min, max]);
  });
  it('reads the misprinted band "40-44,49" as 40-44.99', () => {
    const band = rangeTable.find((candidate) => candidate.from === 40)!;
    expect(band.printed).toBe('40-44,49');
    expect(rangeAt('44.7')).toEqual(['2', '2.24']);
    expect(maxAt('44.7')).toBe('2');
  });
});

describe('achievement percent', () => {
  it('is actual / planned × 100 rounded half up to 2 decimals', () => {
    expect(computeAchievementPercent(12, 11).toString()).toBe('91.67');
    expect(computeAchievementPercent(99.5, 98.7).toString()).toBe('99.2');
    expect(computeAchievementPercent(8, 7.9996).toString()).toBe('100');
    expect(computeAchievementPercent(200, 89.99).toString()).toBe('45');
  });
  it('rounds exactly, without binary floating-point error', () => {
    // 2.99985 / 3 × 100 = 99.995 exactly, which rounds half up to 100 (binary floating point gives 99.99499…).
    expect(computeAchievementPercent(3, 2.99985).toString()).toBe('100');
    expect(computeAchievementPercent(1000, 949.95).toString()).toBe('95');
    expect(computeAchievementPercent(1000, 949.94).toString()).toBe('94.99');
  });
  it('chooses the band from the rounded value, so that the sheet agrees with itself', () => {
    // 94.995 % prints as 95,00 and must get the 95 % band.
    const percent = computeAchievementPercent(1000, 949.95);
    expect(findBand(maxScoreTable, percent).max).toBe('4.75');
  });
});
