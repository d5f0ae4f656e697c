import type { RuleModule } from '../rule-module.js';
import type { KzBRating } from './rate-b-score.js';

interface Item {
  number: number;
  data: { person: { fullName: string; position: string } };
  computed: { finalScore: number; rating: KzBRating };
}

const ratings: KzBRating[] = ['effective', 'proper', 'satisfactory', 'unsatisfactory'];

/** A unit's quarter: each servant's final score and rating, and how many got each rating. */
export const kzBUnitSummary: RuleModule = {
  id: 'kz-b-unit-summary',
  apply(data) {
    const items = (data as { items: Item[] }).items;
    return {
      computed: {
        rows: items.map((item) => ({ record: item.number, fullName: item.data.person.fullName, position: item.data.person.position, finalScore: item.computed.finalScore, rating: item.computed.rating })),
        distribution: ratings.map((rating) => ({ rating, count: items.filter((item) => item.computed.rating === rating).length })),
      },
      findings: [],
    };
  },
};
