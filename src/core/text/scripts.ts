/** Latin letters that look like Cyrillic ones (the Latin `i` is the Kazakh `і`). */
const lookAlikes: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  h: 'һ',
  t: 'т',
  b: 'в',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** Words: runs of letters and combining marks. */
export const wordPattern = /[\p{L}\p{M}]+/gu;

export function mixesScripts(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word);
}

/** The word with its Latin look-alikes replaced by Cyrillic letters, or undefined when a Latin letter has no twin. */
export function correctMixedWord(word: string): string | undefined {
  const corrected = word.replace(/[A-Za-z]/g, (char) => lookAlikes[char] ?? char);
  return /[A-Za-z]/.test(corrected) ? undefined : corrected;
}

/** Letters only Kazakh has among kk, ru and ky. */
export const kazakhOnlyLetters = /[әғқұһіӘҒҚҰҺІ]/u;
/** Kyrgyz long vowels written double: never in Kazakh. */
export const kyrgyzOnlyPattern = /(өө|үү|ӨӨ|ҮҮ)/u;

/** Cyrillic letters that look like Latin ones, for a Latin word typed with a few Cyrillic letters («НR», «VІІ»). */
const latinTwins: Record<string, string> = {
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  һ: 'h',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

/** The word with its Cyrillic look-alikes replaced by Latin letters, or undefined when a Cyrillic letter has no twin. */
export function correctMixedWordToLatin(word: string): string | undefined {
  const corrected = word.replace(/\p{Script=Cyrillic}/gu, (char) => latinTwins[char] ?? char);
  return /\p{Script=Cyrillic}/u.test(corrected) ? undefined : corrected;
}
