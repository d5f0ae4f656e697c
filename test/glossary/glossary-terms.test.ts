import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { fixturesDir } from '../helpers/example.js';
import { holdsTerm, type Lang, readGlossary, readLocaleTexts } from './glossary-terms.js';

interface Exception {
  term: number;
  lang: Lang;
  texts: string[];
  reason: string;
}

const glossary = readGlossary();
const exceptions: Exception[] = parse(readFileSync(`${fixturesDir}glossary-exceptions.yaml`, 'utf8'));
const kk = readLocaleTexts('kk');

/** Every text whose Kazakh holds a glossary term while its Russian or Kyrgyz does not hold the term's official form. */
function deviations(lang: 'ru' | 'ky'): { term: number; text: string; expected: string[]; actual: string }[] {
  const translated = readLocaleTexts(lang);
  return glossary.flatMap((term) =>
    [...kk].flatMap(([text, source]) => {
      const actual = translated.get(text);
      if (actual === undefined || !term.kk.some((variant) => holdsTerm(source, variant, 'kk'))) return [];
      if (term[lang].some((variant) => holdsTerm(actual, variant, lang))) return [];
      return [{ term: term.number, text, expected: term[lang], actual }];
    }),
  );
}

const excepted = (lang: Lang, found: { term: number; text: string }) =>
  exceptions.some((entry) => entry.lang === lang && entry.term === found.term && entry.texts.includes(found.text));

describe('the glossary is the terminology of the Russian and Kyrgyz texts', () => {
  it("reads the glossary's 150 terms with their kk, ru and ky forms", () => {
    expect(glossary).toHaveLength(150);
    expect(glossary.find((term) => term.number === 101)).toMatchObject({
      kk: ['бес балдық шкала', '5 баллдық шкала'],
      ru: ['пятибалльная шкала'],
      ky: ['беш баллдык шкала'],
    });
    expect(glossary.find((term) => term.number === 97)).toMatchObject({ ky: ['Функционалдык милдеттерин талаптагыдай аткарат'] });
  });

  it.each(['ru', 'ky'] as const)('every %s text translating a glossary term uses its official form (or a reviewed exception)', (lang) => {
    expect(deviations(lang).filter((found) => !excepted(lang, found))).toEqual([]);
  });

  it('every reviewed exception is still needed', () => {
    const found = { ru: deviations('ru'), ky: deviations('ky') };
    const unneeded = exceptions.flatMap((entry) =>
      entry.texts
        .filter((text) => !found[entry.lang as 'ru' | 'ky'].some((item) => item.term === entry.term && item.text === text))
        .map((text) => ({ term: entry.term, lang: entry.lang, text })),
    );
    expect(unneeded).toEqual([]);
  });

  it('finds a term in any inflected form, and a one-word term only as a whole label', () => {
    expect(holdsTerm('по пятибалльной шкале', 'пятибалльная шкала', 'ru')).toBe(true);
    expect(holdsTerm('по 5-балльной шкале', 'пятибалльная шкала', 'ru')).toBe(false);
    expect(holdsTerm('кызматчысынын жылдык макулдашуусу', 'жылдык макулдашуу', 'ky')).toBe(true);
    expect(holdsTerm('жыл сайынкы макулдашуусу', 'жылдык макулдашуу', 'ky')).toBe(false);
    expect(holdsTerm('Күні', 'Күні', 'kk')).toBe(true);
    expect(holdsTerm('Туған күні', 'Күні', 'kk')).toBe(false);
  });
});
