import { describe, expect, it } from 'vitest';

import { type Block, findHyphenationPoints, fitBlocks, renderDocx, renderPdf, type Table } from '../../src/render/index.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const hyphenate = (word: string, lang: string) => {
  const points = findHyphenationPoints(word, lang);
  return [...word].map((letter, index) => (points.includes(index) ? `-${letter}` : letter)).join('');
};

describe('hyphenation of kk, ru and ky words by syllables', () => {
  it('breaks between syllables: before one consonant between vowels, before the last of a cluster', () => {
    expect(['Жоспарлы', 'мемлекеттік', 'қызметшілерінің', 'бағалау'].map((word) => hyphenate(word, 'kk'))).toEqual([
      'Жос-пар-лы',
      'мем-ле-кет-тік',
      'қыз-мет-ші-ле-рі-нің',
      'ба-ға-лау',
    ]);
    expect(['Фактическое', 'измерения', 'большой', 'подъезд', 'район'].map((word) => hyphenate(word, 'ru'))).toEqual([
      'Фак-ти-чес-кое',
      'из-ме-ре-ния',
      'боль-шой',
      'подъ-езд',
      'рай-он',
    ]);
    expect(['жүзүндөгү', 'Баалоочунун', 'кызматчынын'].map((word) => hyphenate(word, 'ky'))).toEqual(['жү-зүн-дө-гү', 'Баа-лоо-чу-нун', 'кыз-мат-чы-нын']);
  });

  it('leaves two letters at least on each line, ь ъ й with the letter before, and no break in codes, numbers or Latin', () => {
    expect(['семья', 'ауыл', 'НМИ', 'B-1', '2026', 'Word'].map((word) => findHyphenationPoints(word, word === 'семья' ? 'ru' : 'kk'))).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});

const cell = (text: string) => ({ runs: [{ text }], align: 'left' as const, colSpan: 1 });
/** Twelve columns of long words on a portrait page: not room for every word, some must be hyphenated. */
const crowded: Table = {
  kind: 'table',
  widths: Array.from({ length: 12 }, () => 1),
  header: Array.from({ length: 12 }, () => cell('Жоспарлы қызметшілерінің')),
  rows: [Array.from({ length: 12 }, () => cell('Фактическое'))],
};

describe('a table with no room for its longest words', () => {
  const [fitted] = fitBlocks([crowded], 467.7, 'kk') as [Table & Block];

  it('gets soft hyphens at syllable boundaries where the words must break, and keeps its columns', () => {
    expect(fitted.widths).toHaveLength(12);
    expect(fitted.header[0]!.runs[0]!.text).toBe('Жос\u00adпар\u00adлы қыз\u00adмет\u00adшіле\u00adрінің');
    expect(fitted.rows[0]![0]!.runs[0]!.text).toBe('Фак\u00adтичес\u00adкое');
  });

  it('prints each break with a hyphen in the PDF', async () => {
    const { text } = await extractPdfText(await renderPdf([fitted], { title: 't', lang: 'kk', orientation: 'portrait', date: '2026-01-01' }));
    expect(text.split('\n').slice(0, 6)).toEqual(['Жос-', 'пар-', 'лы', 'қыз-', 'мет-', 'шіле-']);
    expect(text).toContain('Фак-\nтичес-\nкое');
  });

  it('gives Word optional hyphens there, and every run its language', async () => {
    const docx = readDocx(
      await renderDocx([fitted, { kind: 'paragraph', runs: [{ text: 'Тест' }], align: 'left', role: 'body', lang: 'ru' }], {
        title: 't',
        lang: 'kk',
        orientation: 'portrait',
        date: '2026-01-01',
      }),
    );
    const xml = docx.xml('word/document.xml');
    const first =
      /<w:t xml:space="preserve">Жос<\/w:t><w:softHyphen\/><w:t xml:space="preserve">пар<\/w:t><w:softHyphen\/><w:t xml:space="preserve">лы қыз<\/w:t>/;
    expect(first.test(xml)).toBe(true);
    const languages = [...xml.matchAll(/<w:lang w:val="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(new Set(languages)).toEqual(new Set(['kk-KZ', 'ru-RU']));
    expect(languages.filter((lang) => lang === 'ru-RU')).toHaveLength(1);
    expect((xml.match(/<w:r>/g) ?? []).length).toBe(languages.length);
  });
});
