/**
 * Where a Kazakh, Russian or Kyrgyz word may be broken with a hyphen: at its syllable boundaries, by the syllable
 * rule the three orthographies share for Cyrillic words (kk: «Қазақ тілінің емле ережелері», тасымалдау; ru: the
 * rules of hyphenation of «Правила русской орфографии и пунктуации» (1956), §§ 116-118; ky: «Кыргыз тилинин
 * орфографиялык эрежелери», которуу):
 * - a word is broken between syllables: between two vowels, before the one consonant between vowels, and before the
 *   last consonant of a cluster (Kazakh and Kyrgyz syllables begin with at most one consonant; Russian allows any
 *   split of a cluster);
 * - a long vowel written doubled (ky баалоо) is one syllable's;
 * - ь, ъ and й are never separated from the letter before them (й, like у and и of kk and ky before a vowel, a glide);
 * - at least two letters stay on each line.
 * Returns the indices (in UTF-16 units of `word`) before which a break may go; none for a word with other letters
 * than Cyrillic ones (numbers, Latin, codes), or shorter than four letters.
 */
export function findHyphenationPoints(word: string, lang: string): number[] {
  if (word.length < 4 || !/^[\p{Script=Cyrillic}]+$/u.test(word)) return [];
  const letters = word.toLowerCase();
  const turkic = lang !== 'ru';
  const isVowel = (index: number): boolean => {
    const letter = letters[index]!;
    if (!vowels.has(letter)) return false;
    // kk and ky: у and и before a vowel are a glide (ауыл, тиіс), a consonant for the syllables.
    return !(
      turkic &&
      (letter === 'у' || letter === 'и') &&
      index + 1 < letters.length &&
      vowels.has(letters[index + 1]!) &&
      index > 0 &&
      vowels.has(letters[index - 1]!)
    );
  };
  const vowelAt = [...letters].map((_, index) => isVowel(index));
  const points: number[] = [];
  let previous = vowelAt.indexOf(true);
  for (let index = previous + 1; previous >= 0 && index < letters.length; index += 1) {
    if (!vowelAt[index]) continue;
    // A Kyrgyz (or Kazakh) long vowel, written doubled (баалоо, үй-бүлөө), is one sound: never split.
    if (turkic && index === previous + 1 && letters[index] === letters[previous]) {
      previous = index;
      continue;
    }
    // The consonants between the vowels at `previous` and `index`.
    const clusterStart = previous + 1;
    let point = index === clusterStart ? index : index - 1;
    // Never before ь, ъ, й: the break goes after them, before the vowel.
    if (point < index && attached.has(letters[point]!)) point = index;
    if (point >= 2 && letters.length - point >= 2 && !attached.has(letters[point]!)) points.push(point);
    previous = index;
  }
  return points;
}

const vowels = new Set('аәеёиіоөуұүыэюя');
const attached = new Set('ьъй');
