import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { checkDirectives } from './check-directives.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Markdown with directives (the output of a form's template) to the one syntax tree every renderer reads. */
export function parseMarkdown(markdown: string, name: string): Root {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  checkDirectives(tree, name);
  return tree;
}
