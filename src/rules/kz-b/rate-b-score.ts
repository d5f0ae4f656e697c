import type { Decimal } from '../../core/decimal/index.js';

export type KzBRating = 'effective' | 'proper' | 'satisfactory' | 'unsatisfactory';

/** Corps "B" point 8: 4-5 effective, 3-3.99 proper, 2-2.99 satisfactory, 0-1.99 unsatisfactory (from the rounded score). */
export function rateBScore(score: Decimal): KzBRating {
  if (score.gte(4)) return 'effective';
  if (score.gte(3)) return 'proper';
  if (score.gte(2)) return 'satisfactory';
  return 'unsatisfactory';
}
