import type { RuleModule } from '../rule-module.js';
import type { KzBRating } from './rate-b-score.js';

interface Item {
  number: number;
  data: { person: { fullName: string; position: string } };
  computed: { finalScore: number; rating: KzBRating };
}

const ratings: KzBRating[] = ['effective', 'proper', 'satisfactory', 'unsatisfactory'];

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * A unit's quarter: each servant's final score and rating, and how many got each rating. While the summary is being
 * filled in, a row shows null for what is not given yet, and the distribution waits for every rating.
 */
export const kzBUnitSummary: RuleModule = {
  id: 'kz-b-unit-summary',
  ids: [],
  severities: [],
  messageKeys: [],
  doc: "A unit's summary of its sheets (no findings: values computed only).",
  computesPerValue: true,
  apply(data) {
    const items = (data as { items?: (Partial<Item> | null)[] } | null)?.items;
    if (!Array.isArray(items)) return { computed: { rows: null, distribution: null }, findings: [] };
    const allRated = items.every((item) => typeof item?.computed?.rating === 'string');
    return {
      computed: {
        rows: items.map((item) => ({
          record: orNull(item?.number),
          fullName: orNull(item?.data?.person?.fullName),
          position: orNull(item?.data?.person?.position),
          finalScore: orNull(item?.computed?.finalScore),
          rating: orNull(item?.computed?.rating),
        })),
        distribution: allRated ? ratings.map((rating) => ({ rating, count: items.filter((item) => item!.computed!.rating === rating).length })) : null,
      },
      findings: [],
    };
  },
};
