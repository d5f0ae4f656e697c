import { elementChildren, escapeXml, parseXmlTree } from './parse-xml-tree.js';
import { reviewAuthor } from './review-author.js';
import { namesFor, plainWordNames, type WordNames } from './word-names.js';

/** A comment to write: its id, a bold first line (the rule's name) and the paragraphs after it. */
export interface ReviewComment {
  id: number;
  title: string;
  paragraphs: string[];
}

const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function commentXml(comment: ReviewComment, names: WordNames): string {
  const name = names.element;
  const text = (value: string) => `<${name('t')} xml:space="preserve">${escapeXml(value)}</${name('t')}>`;
  const title = `<${name('p')}><${name('r')}><${name('annotationRef')}/></${name('r')}><${name('r')}><${name('rPr')}><${name('b')}/></${name('rPr')}>${text(comment.title)}</${name('r')}></${name('p')}>`;
  const rest = comment.paragraphs.map((paragraph) => `<${name('p')}><${name('r')}>${text(paragraph)}</${name('r')}></${name('p')}>`).join('');
  return `<${name('comment')}${names.attributes({ id: comment.id, author: reviewAuthor, initials: 'q' })}>${title}${rest}</${name('comment')}>`;
}

/**
 * The comments part with `comments` added: a new part, or the document's own with its comments kept as they are
 * and the new ones after them.
 */
export function writeCommentsPart(existing: string | undefined, comments: readonly ReviewComment[]): string {
  if (existing === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${main}">${comments.map((comment) => commentXml(comment, plainWordNames)).join('')}</w:comments>`;
  }
  const root = elementChildren(parseXmlTree(existing)).find((element) => element.name === 'w:comments');
  if (!root) throw new Error('the comments part has no w:comments');
  const added = comments.map((comment) => commentXml(comment, namesFor(root))).join('');
  if (root.closeStart === root.openEnd) {
    const startTag = existing.slice(root.start, root.openEnd - 2).trimEnd();
    return `${existing.slice(0, root.start)}${startTag}>${added}</${root.rawName}>${existing.slice(root.end)}`;
  }
  return `${existing.slice(0, root.closeStart)}${added}${existing.slice(root.closeStart)}`;
}
