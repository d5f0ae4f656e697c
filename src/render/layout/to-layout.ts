import type { Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';

import type { Align, Block, Cell, Chart, Fill, Paragraph, Run, Table } from './layout.js';

/** Reads the syntax tree of a rendered template into the printed structure shared by all renderers. */
export function toLayout(tree: Root): Block[] {
  return tree.children.flatMap((node) => toBlocks(node, { align: 'justify', role: 'body' }));
}

interface Context {
  align: Align;
  role: Paragraph['role'];
}

function toBlocks(node: RootContent, context: Context): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'paragraph', runs: toRuns(node.children, { bold: true }), align: 'center', role: node.depth === 1 ? 'title' : 'heading' }];
    case 'paragraph':
      return [{ kind: 'paragraph', runs: toRuns(node.children), align: context.align, role: context.role }];
    case 'table':
      return [toTable(node, [])];
    case 'list':
      return node.children.flatMap((item, index) =>
        item.children.flatMap((child, childIndex) => {
          const blocks = toBlocks(child, context);
          const first = blocks[0];
          if (childIndex === 0 && first?.kind === 'paragraph') {
            const marker = node.ordered ? `${(node.start ?? 1) + index}) ` : '– ';
            first.runs.unshift({ text: marker });
          }
          return blocks;
        }),
      );
    case 'containerDirective':
      return toDirectiveBlocks(node, context);
    case 'thematicBreak':
      return [];
    default:
      throw new Error(`the renderers do not print "${node.type}" nodes`);
  }
}

function toDirectiveBlocks(node: ContainerDirective, context: Context): Block[] {
  const children = node.children as RootContent[];
  switch (node.name) {
    case 'appendix':
      return [{ kind: 'appendix', paragraphs: children.flatMap((child) => toBlocks(child, { align: 'left', role: 'body' })) as Paragraph[] }];
    case 'note':
      return children.flatMap((child) => toBlocks(child, { align: 'justify', role: 'note' }));
    case 'center':
      return children.flatMap((child) => toBlocks(child, { ...context, align: 'center' }));
    case 'fill':
      return [toFill(children)];
    case 'table': {
      const table = children.find((child): child is MdTable => child.type === 'table');
      if (!table) throw new Error(':::table must hold a table');
      const widths = String(node.attributes?.widths ?? '')
        .split(',')
        .filter(Boolean)
        .map(Number);
      return [toTable(table, widths)];
    }
    case 'chart': {
      const table = children.find((child): child is MdTable => child.type === 'table');
      if (!table) throw new Error(':::chart must hold a table');
      return [toChart(toTable(table, []))];
    }
    default:
      throw new Error(`unknown directive "${node.name}"`);
  }
}

const textOf = (cell: Cell | undefined) =>
  (cell?.runs ?? [])
    .map((run) => run.text)
    .join('')
    .trim();

/** A table read as chart data: first column the groups, header row the series, cells numbers (or empty). */
function toChart(table: Table): Chart {
  const parse = (text: string) => (text === '' ? null : Number(text.replace(/\s|\u00a0/g, '').replace(',', '.')));
  return {
    kind: 'chart',
    categories: table.rows.map((row) => textOf(row[0])),
    series: table.header.slice(1).map((cell, index) => ({ name: textOf(cell), values: table.rows.map((row) => parse(textOf(row[index + 1]))) })),
  };
}

function toFill(children: RootContent[]): Fill {
  const fill: Fill = { kind: 'fill', label: [], value: [], caption: [] };
  const phrasing = children.flatMap((child) => (child.type === 'paragraph' ? (child as MdParagraph).children : []));
  for (const node of phrasing) {
    if (node.type !== 'textDirective') continue;
    const part = node.name as 'label' | 'value' | 'caption';
    if (part in fill) fill[part] = toRuns(node.children);
  }
  return fill;
}

function toTable(node: MdTable, widths: number[]): Table {
  const aligns = node.align ?? [];
  const [head, ...body] = node.children.map((row) =>
    row.children.reduce<Cell[]>((cells, cell, index) => {
      const previous = cells.at(-1);
      if (previous && isMerge(cell.children)) {
        previous.colSpan += 1;
        return cells;
      }
      cells.push({ runs: toRuns(cell.children), align: toAlign(aligns[index]), colSpan: 1 });
      return cells;
    }, []),
  );
  const columns = node.children[0]?.children.length ?? 0;
  return {
    kind: 'table',
    widths: widths.length === columns ? widths : Array.from({ length: columns }, () => 1),
    header: head ?? [],
    rows: body,
  };
}

function isMerge(children: PhrasingContent[]): boolean {
  return children.length === 1 && children[0]?.type === 'textDirective' && (children[0] as TextDirective).name === 'merge';
}

function toAlign(align: 'left' | 'right' | 'center' | null | undefined): Align {
  return align ?? 'left';
}

function toRuns(children: PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] {
  return children.flatMap((child): Run[] => {
    switch (child.type) {
      case 'text':
        return [{ text: child.value, ...style }];
      case 'strong':
        return toRuns(child.children, { ...style, bold: true });
      case 'emphasis':
        return toRuns(child.children, { ...style, italic: true });
      case 'break':
        return [{ text: '\u2028', ...style }];
      case 'inlineCode':
        return [{ text: child.value, ...style }];
      case 'textDirective':
        if (child.name === 'blank') return [{ text: '', blank: true, ...style }];
        return toRuns(child.children, style);
      case 'link':
        // Data never becomes a link: a link can come only from a template's literal text; it prints as its text.
        return toRuns(child.children, style);
      default:
        throw new Error(`the renderers do not print "${child.type}" inline nodes`);
    }
  });
}
