import Handlebars from 'handlebars';

import { handlebars } from './template-engine.js';

type Ast = hbs.AST.Program;
type Mustache = hbs.AST.MustacheStatement;

export class TemplateError extends Error {}

/**
 * A form template parsed so that every `{{...}}` output goes into a data slot (see `slots.ts`), never into the
 * Markdown: each escaped mustache is rewritten to `{{md (...)}}`. Raw output `{{{...}}}` is refused, since it would
 * let data change the document's structure.
 */
export function prepareTemplate(source: string, name: string): Ast {
  const ast = handlebars.parse(source) as Ast;
  rewriteMustaches(ast, name);
  return ast;
}

const helperName = (node: { type: string; path?: unknown }): string | undefined =>
  (node.path as hbs.AST.PathExpression | undefined)?.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : undefined;

/** A part of a text's key or a structural number: a literal, a row number (`(inc @index)`). */
function isStructural(node: hbs.AST.Expression): boolean {
  if (node.type === 'StringLiteral' || node.type === 'NumberLiteral') return true;
  if (node.type === 'SubExpression') return helperName(node as hbs.AST.SubExpression) === 'inc';
  return false;
}

/**
 * The form's own wording, the same whatever the data: a text named by literal key parts (`{{t "a" (inc @index) "b"}}`;
 * values interpolated into it are data), a row number (`{{inc @index}}`), a line break. Everything else is data.
 */
function isFixedText(mustache: Mustache): boolean {
  const name = helperName(mustache);
  if (name === 'br') return true;
  if (name === 'inc') return true;
  if (name !== 't') return false;
  const ns = mustache.hash?.pairs.find((pair) => pair.key === 'ns');
  return mustache.params.every(isStructural) && (!ns || ns.value.type === 'StringLiteral');
}

function rewriteMustaches(ast: Ast, name: string): void {
  const visitor = new Handlebars.Visitor();
  visitor.MustacheStatement = function (mustache: Mustache) {
    if (!mustache.escaped) {
      const { line, column } = mustache.loc.start;
      throw new TemplateError(`${name}:${line}:${column + 1}: raw output {{{…}}} is not allowed in templates`);
    }
    const isHelper = mustache.path.type === 'PathExpression' && (mustache.path as hbs.AST.PathExpression).original in handlebars.helpers;
    const inner =
      mustache.params.length > 0 || mustache.hash || isHelper
        ? ({ type: 'SubExpression', path: mustache.path, params: mustache.params, hash: mustache.hash, loc: mustache.loc } as unknown as hbs.AST.Expression)
        : mustache.path;
    const slot = isFixedText(mustache) ? 'mdText' : 'md';
    mustache.path = { type: 'PathExpression', data: false, depth: 0, parts: [slot], original: slot, loc: mustache.loc } as unknown as hbs.AST.PathExpression;
    mustache.params = [inner];
    mustache.hash = undefined as unknown as hbs.AST.Hash;
    mustache.escaped = false;
  };
  visitor.accept(ast as unknown as hbs.AST.Node);
}
