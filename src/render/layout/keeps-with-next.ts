import type { Paragraph } from './layout.js';

/**
 * Whether a paragraph stays on the page of what follows it: a heading, or a paragraph all in bold (a question before
 * its table of answers, a lead-in), which a reader takes for one. Every renderer keeps them alike.
 */
export function keepsWithNext(paragraph: Paragraph): boolean {
  return paragraph.role === 'heading' || (paragraph.runs.length > 0 && paragraph.runs.every((run) => run.bold === true));
}
