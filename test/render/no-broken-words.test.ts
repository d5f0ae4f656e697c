import { describe, expect, it } from 'vitest';

import { listFormIds, loadForm } from '../../src/forms/index.js';
import { layoutForm, renderForm } from '../../src/pipeline/index.js';
import type { Block, Run } from '../../src/render/index.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

/** Every form in every language it is issued in, from its shipped example. */
const cases = listFormIds().flatMap((formId) => loadForm(formId)!.manifest.languages.map((lang) => [formId, lang] as const));

function runsOf(block: Block): Run[] {
  switch (block.kind) {
    case 'paragraph':
      return block.runs;
    case 'table':
      return [...block.header, ...block.rows.flat()].flatMap((cell) => cell.runs);
    case 'fill':
      return [...block.label, ...block.value, ...block.caption];
    case 'appendix':
      return block.paragraphs.flatMap((paragraph) => paragraph.runs);
    case 'pair':
      return [...runsOf(block.left), ...runsOf(block.right)];
    case 'chart':
      return [...block.categories, ...block.series.map((series) => series.name)].map((text) => ({ text }));
    default:
      return [];
  }
}

const trim = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '');

/**
 * The lines of a PDF whose last word is no whole word of the document and ends without a hyphen: a word broken inside
 * a line (pdfmake's last resort for a word wider than its column), or a hyphen where the word does not go on.
 */
async function findBrokenWords(formId: string, lang: 'kk' | 'ru' | 'ky'): Promise<string[]> {
  const data = loadExample(formId);
  const { layouts } = layoutForm(loadForm(formId)!, data, { langs: [lang] });
  const text = layouts[0]!.blocks
    .flatMap(runsOf)
    .map((run) => run.text.replace(/\u00ad/g, ''))
    .join(' ');
  const words = new Set(
    text
      .split(/[\s\u2028]+/)
      .flatMap((word) => [word, ...word.split(/(?<=[-/])/)])
      .map(trim)
      .filter(Boolean),
  );
  const { documents } = await renderForm(loadForm(formId)!, data, { langs: [lang], formats: ['pdf'] });
  const broken: string[] = [];
  for (const page of (await extractPdfText(documents[0]!.bytes)).pages) {
    const lines = page
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    lines.forEach((line, index) => {
      const last = trim(line.split(/\s+/).at(-1)!);
      const next = trim(lines[index + 1]?.split(/\s+/)[0] ?? '');
      if (last === '' || !/\p{L}/u.test(last)) return;
      if (last.endsWith('-')) {
        // A hyphen at a line's end: the word goes on in the next line (a compound's hyphen, or a syllable break).
        const joined = `${last.slice(0, -1)}${next}`;
        if (!words.has(`${last}${next}`) && ![...words].some((word) => word.includes(joined))) broken.push(`${line} ⏎ ${next}`);
      } else if (!words.has(last)) broken.push(`${line} ⏎ ${next}`);
    });
  }
  return broken;
}

describe('print quality: no word broken inside a line without a hyphen', () => {
  it.each(cases)(
    '%s (%s): every line ends with a whole word or a hyphen where the word goes on',
    async (formId, lang) => {
      expect(await findBrokenWords(formId, lang)).toEqual([]);
    },
    60_000,
  );
});
