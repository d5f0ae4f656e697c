/** Stands for a line break inside one paragraph or table cell; renderers turn it into a real break. */
export const lineBreak = '\u2028';

/**
 * Makes a value literal Markdown text: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them) and newlines become `lineBreak`, so that no value can
 * open a heading, a list, a table cell, a directive, HTML, a link or a new paragraph.
 */
export function escapeMarkdown(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value)
    .replace(/\r\n?|\n/g, lineBreak)
    .replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`);
}
