import type { RegulationRule } from '../regulation-rule.js';

/**
 * Chapters, points "N." and subpoints "N)" in sequence, without gaps or repeats. A top-level Markdown heading that is
 * no chapter starts a new document part (an order and its appendix); numbered section headings have their own sequence; subpoints start
 * again after each point, heading or introducing line ending with a colon.
 */
export const numbering: RegulationRule = {
  id: 'numbering',
  check(context) {
    const last: Record<'chapter' | 'point' | 'heading' | 'subpoint', number> = { chapter: 0, point: 0, heading: 0, subpoint: 0 };
    for (const line of context.lines) {
      // A chapter set as a heading ("## Глава 2. …", Word's Heading 2) is a chapter: points go on across it, as in plain text.
      if (line.headingLevel !== undefined && line.headingLevel <= 2 && line.kind !== 'chapter') {
        last.chapter = 0; last.point = 0; last.heading = 0; last.subpoint = 0;
        continue;
      }
      if (line.kind === 'text' && line.text.endsWith(':')) last.subpoint = 0;
      if (line.kind === 'blank' || line.kind === 'text' || line.number === undefined) continue;
      const level = line.kind === 'chapter' ? 'chapter' : line.kind === 'heading' ? 'heading' : line.kind === 'point' ? 'point' : 'subpoint';
      if (level !== 'subpoint') last.subpoint = 0;
      const expected = last[level] + 1;
      if (line.number !== expected && !(level === 'subpoint' && line.number === 1)) {
        const repeat = line.number === last[level];
        context.report({ ruleId: repeat ? 'numbering-repeat' : 'numbering-gap', severity: 'error', line: line.line, column: 1, values: { kind: level, number: line.number, expected }, fix: String(expected) });
      }
      last[level] = line.number;
    }
  },
};
