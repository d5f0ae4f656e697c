import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { containerDirectives, leafDirectives, textDirectives } from './directives.js';

export class TemplateSyntaxError extends Error {}

const known: Record<string, readonly string[]> = {
  containerDirective: containerDirectives,
  leafDirective: leafDirectives,
  textDirective: textDirectives,
};

/** A template that uses a directive no renderer knows is a defect of the form, reported with its place. */
export function checkDirectives(tree: Root, name: string): void {
  visit(tree, (node) => {
    if (node.type === 'html') fail(name, node.position?.start, 'raw HTML is not allowed in templates');
    const allowed = known[node.type];
    if (!allowed) return;
    const directive = node as unknown as { name: string };
    if (!allowed.includes(directive.name)) {
      fail(name, node.position?.start, `unknown ${node.type} "${directive.name}" (known: ${allowed.join(', ') || 'none'})`);
    }
  });
}

function fail(name: string, start: { line: number; column: number } | undefined, message: string): never {
  throw new TemplateSyntaxError(`${name}:${start?.line ?? 0}:${start?.column ?? 0}: ${message}`);
}
