/**
 * The seven target indicators of the Concept for developing the civil service 2024-2029 (Decree No. 602 of
 * 17.07.2024, section 6, lines 554-574 of kz-civil-service-concept-2024-2029.kk.txt), with their yearly targets.
 * Indicator 2 (ethics offences) is better when lower. The source table is broken across cells for indicator 6:
 * its 2028 target (45) stands on the next line, under the name's second half; the targets are 25, 30, 35, 40, 45, 50.
 */
export interface ConceptIndicator {
  id: string;
  /** Unit key in the locale files (`unit.<unit>`). */
  unit: 'percent' | 'persons';
  direction: 'higher-is-better' | 'lower-is-better';
  targets: Record<string, string>;
}

export const conceptYears = ['2024', '2025', '2026', '2027', '2028', '2029'] as const;

const yearly = (...values: string[]) => Object.fromEntries(conceptYears.map((year, index) => [year, values[index]!]));

export const conceptIndicators: readonly ConceptIndicator[] = [
  { id: 'service-satisfaction', unit: 'percent', direction: 'higher-is-better', targets: yearly('70', '71', '72', '73', '74', '75') },
  { id: 'ethics-offences', unit: 'percent', direction: 'lower-is-better', targets: yearly('2', '1.9', '1.8', '1.7', '1.6', '1.5') },
  { id: 'candidates-per-place', unit: 'persons', direction: 'higher-is-better', targets: yearly('2.5', '3', '3.5', '4', '4.5', '5') },
  { id: 'degree-holders', unit: 'percent', direction: 'higher-is-better', targets: yearly('7.5', '8', '8.5', '9', '9.5', '10') },
  { id: 'trained', unit: 'percent', direction: 'higher-is-better', targets: yearly('3.2', '4', '5', '6', '7', '8') },
  { id: 'digital-hr', unit: 'percent', direction: 'higher-is-better', targets: yearly('25', '30', '35', '40', '45', '50') },
  { id: 'pay-satisfaction', unit: 'percent', direction: 'higher-is-better', targets: yearly('45', '50', '55', '60', '65', '70') },
];
