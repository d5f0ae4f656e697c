import type { StructuredLine } from './parse-structure.js';
import { readActDate } from './read-act-date.js';

/**
 * The date a draft states for itself: the date of the act that approves it, in its approval stamp or its title
 * («УТВЕРЖДЕНО приказом … от 15 марта 2023 года № 45»). Undefined when it states none (or leaves it blank).
 */
export function readDocumentDate(lines: StructuredLine[]): string | undefined {
  const stamp = lines
    .filter((line) => line.kind === 'stamp' || line.kind === 'title')
    .slice(0, 20)
    .map((line) => line.text)
    .join(' ');
  return readActDate(stamp)?.date;
}
