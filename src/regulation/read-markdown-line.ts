import type { DocumentLine } from './document-line.js';

/** What a Markdown line is once its markup is read: the text a reader sees, and what the markup said about it. */
export type MarkdownLine = Pick<DocumentLine, 'text' | 'headingLevel' | 'bold' | 'listItem'> & { offset: number };

/**
 * One line of a Markdown draft as a reader sees it: heading marks, emphasis, escapes and list markers removed, but
 * blanks typed as underscores («1) ________;», «\_\_\_») kept as they are: a run of three or more underscores is a
 * blank to fill, never emphasis. A bulleted item («- …», «* …») reads as a dashed item «– …» so that columns still
 * point into the file and the same draft as text gives the same findings.
 */
export function readMarkdownLine(raw: string): MarkdownLine {
  let rest = raw;
  let offset = /^\s*/.exec(rest)![0].length;
  rest = rest.slice(offset);
  const quote = /^(?:>\s?)+/.exec(rest);
  if (quote) {
    offset += quote[0].length;
    rest = rest.slice(quote[0].length);
  }
  const heading = /^(#{1,6})(?:\s+|$)/.exec(rest);
  let headingLevel: number | undefined;
  if (heading) {
    headingLevel = heading[1]!.length;
    offset += heading[0].length;
    rest = rest.slice(heading[0].length).replace(/\s+#+\s*$/, '');
  }
  let listItem = false;
  const bullet = !heading && /^[-*+]\s+/.exec(rest);
  if (bullet && !/^(?:\*\s*){3,}$|^(?:-\s*){3,}$/.test(rest)) {
    listItem = true;
    // «- item» becomes «– item»: the dash stands where the marker stood, so columns are unchanged.
    rest = `–${rest.slice(1)}`;
  }
  const bold = /^(?:\*\*|__)(?!_).+(?<!_)(?:\*\*|__):?$/.test(rest.replace(/^–\s+/, ''));
  let text = stripEmphasis(rest);
  // Leading emphasis marks count as markup before the text: the column points at the first letter in the file.
  const lead = /^(?:\*\*|__(?!_)|\*(?!\*))+/.exec(rest);
  if (lead && !listItem) offset += lead[0].length;
  text = text.replace(/\s+$/, '');
  return { text, offset, ...(headingLevel && { headingLevel }), ...(bold && { bold }), ...(listItem && { listItem }) };
}

/**
 * Emphasis and escapes removed: `**bold**`, `__bold__` (two underscores, not part of a longer run), `*italic*`,
 * backslash escapes and a trailing hard break. Runs of three or more underscores are text (a blank), as are single
 * underscores.
 */
function stripEmphasis(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '\u0000$1')
    .replace(/\*\*/g, '')
    .replace(/(?<![_\u0000])__(?!_)/g, '')
    .replace(/(?<![*\w\u0000])\*(?=\S)([^*]*?\S)\*(?![*\w])/gu, '$1')
    .replace(/ {2,}$|\\$/, '')
    .replace(/\u0000/g, '');
}
