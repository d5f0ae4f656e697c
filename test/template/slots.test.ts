import { describe, expect, it } from 'vitest';

import { createTranslator } from '../../src/core/i18n/index.js';
import { parseMarkdown } from '../../src/markdown/index.js';
import { toLayout } from '../../src/render/layout/index.js';
import { compileTemplate, createSlots } from '../../src/template/index.js';

const hostile = [
  '*bold*',
  '_em_',
  '# heading',
  'a | b',
  '<b>x</b>',
  '{{constructor}}',
  'line1\nline2',
  '1. item',
  '- item',
  '[link](http://x.kz)',
  ':::note',
  ':merge',
  'www.example.kz',
  'a@b.kz',
  '&amp;',
  '\\',
  '`code`',
  '![i](x.png)',
];

/** Renders `value` through a template cell and a paragraph, and returns all printed texts. */
function printed(value: string): string[] {
  const template = compileTemplate('# Title\n\n| A | B |\n| - | - |\n| {{value}} | x |\n\nText {{value}} end.\n', 'test');
  const slots = createSlots();
  const markdown = template({ value }, { translator: createTranslator('kk'), namespace: 'forms', lang: 'kk', slots });
  const blocks = toLayout(slots.fill(parseMarkdown(markdown, 'test')));
  return blocks.flatMap((block) => {
    if (block.kind === 'table') return block.rows.flatMap((row) => row.map((cell) => cell.runs.map((run) => run.text).join('')));
    if (block.kind === 'paragraph') return [block.runs.map((run) => run.text).join('')];
    return [];
  });
}

describe('user data never changes the document structure', () => {
  it.each(hostile)('%j prints literally in a table cell and a paragraph', (value) => {
    const expected = value.replace(/\n/g, '\u2028');
    expect(printed(value)).toEqual(['Title', expected, 'x', `Text ${expected} end.`]);
  });

  it('keeps values out of the Markdown: only a placeholder reaches the parser', () => {
    const slots = createSlots();
    expect(slots.put('a*b\nc')).toBe('\uE0000\uE001');
    expect(slots.put(4.5)).toBe('\uE0001\uE001');
    expect(slots.put(undefined)).toBe('');
    expect(slots.put('')).toBe('');
    const tree = slots.fill(parseMarkdown(`x ${'\uE0000\uE001'} y ${'\uE0001\uE001'}`, 'test'));
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'x a*b\u2028c y 4.5' }] });
  });

  it('drops placeholder characters that come in the data itself', () => {
    expect(printed('a\uE0000\uE001b')).toEqual(['Title', 'a0b', 'x', 'Text a0b end.']);
  });

  it('refuses raw output in a template', () => {
    expect(() => compileTemplate('{{{value}}}', 'raw.hbs')).toThrow(/raw\.hbs:1:1: raw output/);
  });

  it('refuses a directive no renderer knows, naming the template and line', () => {
    expect(() => parseMarkdown('text\n\n:::unknown\nx\n:::\n', 'form.md')).toThrow(/form\.md:3:1: unknown containerDirective "unknown"/);
  });
});
