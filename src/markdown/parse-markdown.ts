import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { checkDirectives } from './check-directives.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

const cache = new Map<string, Root>();
const cacheSize = 256;

/**
 * Markdown with directives (the output of a form's template) to the one syntax tree every renderer reads.
 * Values are not in the Markdown (they are data slots), so documents of the same shape share one Markdown
 * text: its tree is parsed once and kept (a bounded cache); callers must not change the returned tree.
 */
export function parseMarkdown(markdown: string, name: string): Root {
  const key = `${name}\n${markdown}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  checkDirectives(tree, name);
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
  cache.set(key, tree);
  return tree;
}
