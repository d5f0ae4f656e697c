import { dataPlaceholder } from '../../src/pipeline/index.js';

/**
 * Words of a text for the comparison with the official one. Only spacing is normalised: white space is one space,
 * none before a closing punctuation mark (the seed's «асыру\n;»), one after a list's dash or a point's number (the
 * seed's «–мамлекеттик», «1.Функционалдық»). Blanks to fill (`____`, a word's trailing `___`), boxes to tick (□), lone
 * punctuation and a word the data is part of (`⟨data⟩-тоқсан`) are no words.
 */
export function toWords(text: string): string[] {
  return text
    .replace(/\s+(?=[;:,.)])/g, '')
    .replace(/(^|\s)([–-])(?=[^\s\d])/g, '$1$2 ')
    .replace(/(^|\s)(\d+\.)(?=\p{L})/gu, '$1$2 ')
    .split(/\s+/)
    .map((word) => word.replace(/_+/g, ''))
    .filter((word) => word !== '' && !word.includes(dataPlaceholder) && !/^[.,;:–—□-]*$/.test(word));
}

/** A place where two word sequences differ: the seed's words there and the form's words instead. */
export interface Difference {
  seed: string;
  form: string;
  /** Up to five words of the seed before the place, to find it. */
  before: string;
}

/** The differences between two word sequences (a longest common subsequence, each run of changes one difference). */
export function compareWords(seed: string[], form: string[]): Difference[] {
  const n = seed.length;
  const m = form.length;
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i]![j] = seed[i] === form[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const differences: Difference[] = [];
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  let at = 0;
  const flush = () => {
    if (removed.length > 0 || added.length > 0)
      differences.push({ seed: removed.join(' '), form: added.join(' '), before: seed.slice(Math.max(0, at - 5), at).join(' ') });
    removed = [];
    added = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && seed[i] === form[j]) {
      flush();
      i += 1;
      j += 1;
      at = i;
    } else if (j < m && (i === n || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      added.push(form[j]!);
      j += 1;
    } else {
      removed.push(seed[i]!);
      i += 1;
    }
  }
  flush();
  return differences;
}
