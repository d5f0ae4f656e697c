import type { Decimal } from '../../core/decimal/index.js';

/** The band whose lower bound is the highest not above `percent` (tables are ordered from the top band down). */
export function findBand<Band extends { from: number }>(table: readonly Band[], percent: Decimal): Band {
  const band = table.find((candidate) => percent.gte(candidate.from));
  if (!band) throw new RangeError(`no band for ${percent.toString()} %: achievement cannot be negative`);
  return band;
}
