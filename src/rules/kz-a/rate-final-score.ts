import type { Decimal } from '../../core/decimal/index.js';

export type KzARating = 'unsatisfactory' | 'satisfactory' | 'effective';

/** Point 21: 0-2.99 unsatisfactory, 3-3.99 satisfactory, 4 and above effective (from the rounded final score). */
export function rateFinalScore(finalScore: Decimal): KzARating {
  if (finalScore.lt(3)) return 'unsatisfactory';
  if (finalScore.lt(4)) return 'satisfactory';
  return 'effective';
}
