import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

import { inputLimits } from '../limits/index.js';
import type { Problem } from '../problems/index.js';
import { describeOversize, findOversize } from './find-oversize.js';
import { dataNestingLimit, measureDataText } from './nesting-depth.js';

export type DataFormat = 'json' | 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Data parsed from text, able to tell where any JSON pointer stands in that text. */
export interface ParsedData {
  value: unknown;
  file?: string;
  /** Syntax problems; when there is any, `value` must not be used. */
  problems: Problem[];
  locate(pointer: string): Position | undefined;
}

/**
 * Aliases (`*name`) a YAML text may expand (yaml's own default, stated here): each expands its anchor's value, so a
 * few lines can stand for millions of values ("billion laughs"); past it the text is refused as a syntax problem.
 */
const yamlMaxAliasCount = 100;

/** Parses JSON or YAML, keeping the position of every value (YAML's parser reads both). */
export function parseData(text: string, format: DataFormat, file?: string): ParsedData {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  // Refused before parsing: the parser's time, memory and stack grow with the nesting and the number of values.
  const measured = measureDataText(source);
  const refuse = (message: string, place: { pointer: string } | { line: number; column: number }): ParsedData => ({
    value: undefined,
    file,
    problems: [{ ruleId: 'syntax', severity: 'error', message, place: { file, ...place } }],
    locate: () => undefined,
  });
  if (measured === 'too-deep') return refuse(`Nested deeper than ${dataNestingLimit} levels`, { line: 1, column: 1 });
  // A JSON file is read once without positions first (fast): a list or a text longer than any form's data holds
  // (300 000 numbers) is refused, at its pointer, before the parser that keeps every value's position.
  if (format === 'json') {
    const oversize = findOversize(parseJsonQuickly(source));
    if (oversize) return refuse(describeOversize(oversize), { pointer: oversize.pointer });
  }
  if (measured === 'too-many-values') return refuse(`More than ${inputLimits.dataValues} values in one file`, { line: 1, column: 1 });
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = document.errors.map((error) => ({
    ruleId: 'syntax',
    severity: 'error',
    message: error.message.split('\n')[0] ?? error.code,
    place: { file, ...toPosition(error.pos[0]) },
  }));
  if (format === 'json' && problems.length === 0) {
    const strict = checkStrictJson(source);
    if (strict) problems.push({ ruleId: 'syntax', severity: 'error', message: strict.message, place: { file, ...toPosition(strict.offset) } });
  }
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: yamlMaxAliasCount });
    } catch (error) {
      // An alias to no anchor, or aliases that would expand without end (yaml's limit): the text, not the program, is wrong.
      problems.push({ ruleId: 'syntax', severity: 'error', message: (error as Error).message, place: { file, ...toPosition(0) } });
    }
  }
  const oversize = problems.length === 0 ? findOversize(value) : undefined;
  if (oversize) problems.push({ ruleId: 'syntax', severity: 'error', message: describeOversize(oversize), place: { file, pointer: oversize.pointer } });
  return {
    value: problems.length === 0 ? value : undefined,
    file,
    problems,
    locate(pointer) {
      const node = findNode(document.contents as Node | null, parsePointer(pointer));
      return node?.range ? toPosition(node.range[0]) : undefined;
    },
  };
}

/** The value of a JSON text, or undefined when it is not JSON (the full parser then says where and why). */
function parseJsonQuickly(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** YAML accepts some things JSON does not (trailing commas, comments): JSON files are held to JSON. */
function checkStrictJson(text: string): { message: string; offset: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    return { message, offset };
  }
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The deepest node on the path that exists: a missing property is placed at its parent. */
function findNode(root: Node | null, path: string[]): Node | undefined {
  let node: Node | null | undefined = root;
  for (const key of path) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair: { key: unknown; value: unknown } | undefined = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
      );
      next = (pair?.value as Node | null | undefined) ?? (pair?.key as Node | undefined);
    } else if (isSeq(node)) {
      next = node.items[Number(key)] as Node | undefined;
    }
    if (!next) return node ?? undefined;
    node = next;
  }
  return node ?? undefined;
}
