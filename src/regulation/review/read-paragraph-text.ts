import { reviewAuthor } from './review-author.js';

type Node = Record<string, unknown>;

function authorOf(node: Node): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.['@w:author'];
}

/**
 * The text of a paragraph parsed by fast-xml-parser (names already `w:`): its `w:t`, except in the insertions that
 * qujat proposed, and with the text that qujat proposed to delete (`w:delText`): a reviewed copy reads as the draft
 * did until its changes are accepted. The author's own tracked changes read as before (insertions in, deletions out);
 * comments live in their own part and are never read.
 */
export function readParagraphText(paragraph: Node): string {
  let text = '';
  const visit = (nodes: Node[], inReviewDeletion: boolean): void => {
    for (const node of nodes) {
      for (const [name, value] of Object.entries(node)) {
        if (name === ':@' || !Array.isArray(value)) continue;
        if ((name === 'w:ins' || name === 'w:moveTo') && authorOf(node) === reviewAuthor) continue;
        if (name === 'w:t' || (name === 'w:delText' && inReviewDeletion)) {
          text += (value as Node[]).map((part) => String(part['#text'] ?? '')).join('');
          continue;
        }
        visit(value as Node[], inReviewDeletion || ((name === 'w:del' || name === 'w:moveFrom') && authorOf(node) === reviewAuthor));
      }
    }
  };
  visit([paragraph], false);
  return text;
}
