import type { Run } from '../layout/index.js';
import { splitLines } from '../render-options.js';
import { escapeXml } from './escape-xml.js';

/** Word's language of a document language: the spelling and hyphenation Word checks the run with. */
export const wordLanguages: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG', en: 'en-US' };

/** A run's properties: bold and italic (each also for complex scripts), colour, underline, language. */
export interface RunProperties {
  bold?: boolean;
  italic?: boolean;
  /** Six hex digits. */
  color?: string;
  underline?: boolean;
  /** Word's language tag (kk-KZ), written when the run's language differs from the document's default. */
  language?: string;
}

const onOff = (name: string, value: boolean | undefined) =>
  value === undefined ? '' : value ? `<w:${name}/><w:${name}Cs/>` : `<w:${name} w:val="false"/><w:${name}Cs w:val="false"/>`;

/** `<w:rPr>`, or nothing when the run has no properties of its own. */
export function writeRunProperties(properties: RunProperties): string {
  const inner =
    onOff('b', properties.bold) +
    onOff('i', properties.italic) +
    (properties.color ? `<w:color w:val="${properties.color}"/>` : '') +
    (properties.underline ? '<w:u w:val="single"/>' : '') +
    (properties.language ? `<w:lang w:val="${properties.language}"/>` : '');
  return inner === '' ? '' : `<w:rPr>${inner}</w:rPr>`;
}

/** A line's text, its soft hyphens (where a word too wide for its column breaks) as Word's optional hyphens. */
function writeText(line: string): string {
  if (!line.includes('\u00ad')) return `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`;
  return line
    .split('\u00ad')
    .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
    .join('<w:softHyphen/>');
}

/** A run of text as `<w:r>` elements: one per line, each line after the first starting with a break. */
export function writeRuns(runs: readonly Run[], language: string | undefined): string {
  let xml = '';
  for (const run of runs) {
    if (run.blank) {
      xml += `<w:r>${writeRunProperties({ underline: true, language })}<w:t xml:space="preserve">${'\u00a0'.repeat(24)}</w:t></w:r>`;
      continue;
    }
    const properties = writeRunProperties({ bold: run.bold, italic: run.italic, language });
    const lines = splitLines(run.text);
    for (let index = 0; index < lines.length; index++) {
      xml += `<w:r>${properties}${index > 0 ? '<w:br/>' : ''}${writeText(lines[index]!)}</w:r>`;
    }
  }
  return xml;
}
