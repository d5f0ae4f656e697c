import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from '../../src/core/paths.js';
import { fixturesDir } from '../helpers/example.js';

/** One term of the glossary: its kk, ru and ky forms, each with its variants («А / Б», «А; Б»). */
export interface GlossaryTerm {
  number: number;
  group: string;
  kk: string[];
  ru: string[];
  ky: string[];
}

/**
 * The cell's variants: the term without the glossary's marking («— (proposed†)») and its notes in brackets, split at
 * « / » and «; »; a parenthesis that is a note (bounds «(3–3,99)», «(sanction)», «(in text: …)») is left out, and one
 * naming another seed's wording («(A2: 5 баллдық шкала)», «(F1: мерзімдері)») is a variant of its own.
 */
function variants(cell: string): string[] {
  const found: string[] = [];
  const term = cell
    .replace(/\s+—\s+\(.*$/, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\((?:[^()]*\([^()]*\))*[^()]*\)/g, (part) => {
      const seed = /^\((?:A2|S000|F1): «?([^»)]*)»?\)$/.exec(part);
      if (seed) {
        found.push(seed[1]!.trim());
        return '';
      }
      return /^\([\d\s,.–-]*\)$|^\((?:sanction|in text|singular|=|genitive|attributive|older|nominative|official|locative)/.test(part) ? '' : part;
    });
  return [...term.split(/\s+\/\s+|;\s+/), ...found].map((part) => part.trim()).filter((part) => part !== '');
}

/** The glossary's table (test/fixtures/glossary.md, a copy of the shared reference glossary). */
export function readGlossary(): GlossaryTerm[] {
  const text = readFileSync(join(fixturesDir, 'glossary.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const [number = '', group = '', kk = '', ru = '', ky = ''] = line.split(' | ').map((cell) => cell.replace(/^\|\s*/, ''));
      return { number: Number(number), group, kk: variants(kk), ru: variants(ru), ky: variants(ky) };
    });
}

const letters = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A word's stem, what its inflected forms share: Kazakh and Kyrgyz add suffixes (the word less its last letter:
 * «келісім» in «келісімі», «мерзім» in «мерзімдері»), Russian changes endings (less two: «пятибалльн»). Figures stay whole.
 */
function stem(word: string, lang: Lang): string {
  if (/^\d+$/.test(word)) return word;
  const cut = lang === 'ru' ? (word.length > 5 ? 2 : word.length > 3 ? 1 : 0) : word.length > 4 ? 1 : 0;
  return word.slice(0, word.length - cut);
}

export type Lang = 'kk' | 'ru' | 'ky';

/**
 * Whether the text holds the term: its words in a row, each in any inflected form (its stem). A one-word term (Күні,
 * Нысан, міндет: a word of many uses) or an abbreviation with a slash («№ р/с») only when it is the whole text.
 */
export function holdsTerm(text: string, term: string, lang: Lang): boolean {
  const words = letters(text);
  const stems = letters(term).map((word) => stem(word, lang));
  if (stems.length === 0) return false;
  const matches = (word: string | undefined, part: string) => word !== undefined && (/^\d+$/.test(part) ? word === part : word.startsWith(part));
  if (stems.length === 1 || term.includes('/')) return words.length === stems.length && stems.every((part, index) => matches(words[index], part));
  return words.some((_, start) => stems.every((part, index) => matches(words[start + index], part)));
}

/** The interface's texts: no form's wording. */
const interfaceFiles = ['cli.json', 'errors.json', 'web.json'];

/** Every text of the document namespaces: `namespace → key → text`, per language. */
export function readLocaleTexts(lang: string): Map<string, string> {
  const texts = new Map<string, string>();
  const dir = join(projectPaths.locales, lang);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && !interfaceFiles.includes(name))) {
    const walk = (node: unknown, path: string[]) => {
      if (typeof node === 'string') texts.set(`${file.replace(/\.json$/, '')}:${path.join('.')}`, node);
      else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) if (key !== '_meta') walk(value, [...path, key]);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), []);
  }
  return texts;
}
