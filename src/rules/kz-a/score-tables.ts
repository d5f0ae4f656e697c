/**
 * The score tables of the Corps "A" methodology (order No. 13 of 16.01.2018 as amended by No. 121 of 28.07.2025),
 * written out as printed in `kz-evaluation-methodology-corps-a-b.kk.txt`.
 *
 * A band applies from its lower bound (inclusive) up to the next band's lower bound (exclusive). Both tables print
 * the band "40-44,49" where every other band ends at ",99": a misprint, since 44.50-44.99 % would then fall in no
 * band. qujat reads it as 40-44.99, so 44.7 % gets the 40 % band (max score 2; range 2-2.24).
 */
export interface MaxScoreBand {
  from: number;
  printed: string;
  max: string;
}

export interface RangeBand {
  from: number;
  printed: string;
  min: string;
  max: string;
}

/** Form 4 (line 741): maximum score for the "instructions executed" KPI by achievement %. */
export const maxScoreTable: readonly MaxScoreBand[] = [
  { from: 100, printed: '100 және одан жоғары', max: '5' },
  { from: 95, printed: '95-99,99', max: '4.75' },
  { from: 90, printed: '90-94,99', max: '4.5' },
  { from: 85, printed: '85-89,99', max: '4.25' },
  { from: 80, printed: '80-84,99', max: '4' },
  { from: 75, printed: '75-79,99', max: '3.75' },
  { from: 70, printed: '70-74,99', max: '3.5' },
  { from: 65, printed: '65-69,99', max: '3.25' },
  { from: 60, printed: '60-64,99', max: '3' },
  { from: 55, printed: '55-59,99', max: '2.75' },
  { from: 50, printed: '50-54,99', max: '2.5' },
  { from: 45, printed: '45-49,99', max: '2.25' },
  { from: 40, printed: '40-44,49', max: '2' },
  { from: 35, printed: '35-39,99', max: '1.75' },
  { from: 30, printed: '30-34,99', max: '1.5' },
  { from: 25, printed: '25-29,99', max: '1.25' },
  { from: 20, printed: '20-24,99', max: '1' },
  { from: 15, printed: '15-19,99', max: '0.75' },
  { from: 10, printed: '10-14,99', max: '0.5' },
  { from: 5, printed: '5-9,99', max: '0.25' },
  { from: 0, printed: '0-4,99', max: '0' },
];

/** Form 5 (line 863): allowed score range for every other KPI by achievement %. */
export const rangeTable: readonly RangeBand[] = [
  { from: 100, printed: '100 және одан жоғары', min: '5', max: '5' },
  { from: 95, printed: '95-99,99', min: '4.75', max: '4.99' },
  { from: 90, printed: '90-94,99', min: '4.5', max: '4.74' },
  { from: 85, printed: '85-89,99', min: '4.25', max: '4.49' },
  { from: 80, printed: '80-84,99', min: '4', max: '4.24' },
  { from: 75, printed: '75-79,99', min: '3.75', max: '3.99' },
  { from: 70, printed: '70-74,99', min: '3.5', max: '3.74' },
  { from: 65, printed: '65-69,99', min: '3.25', max: '3.49' },
  { from: 60, printed: '60-64,99', min: '3', max: '3.24' },
  { from: 55, printed: '55-59,99', min: '2.75', max: '2.99' },
  { from: 50, printed: '50-54,99', min: '2.5', max: '2.74' },
  { from: 45, printed: '45-49,99', min: '2.25', max: '2.49' },
  { from: 40, printed: '40-44,49', min: '2', max: '2.24' },
  { from: 35, printed: '35-39,99', min: '1.75', max: '1.99' },
  { from: 30, printed: '30-34,99', min: '1.5', max: '1.74' },
  { from: 25, printed: '25-29,99', min: '1.25', max: '1.49' },
  { from: 20, printed: '20-24,99', min: '1', max: '1.24' },
  { from: 15, printed: '15-19,99', min: '0.75', max: '0.99' },
  { from: 10, printed: '10-14,99', min: '0.5', max: '0.74' },
  { from: 5, printed: '5-9,99', min: '0.25', max: '0.49' },
  { from: 0, printed: '0-4,99', min: '0', max: '0.24' },
];
