/** Roman digits, with the Cyrillic letters typed for them (І, Х, С, М: a Kazakh keyboard's «ІІ»). */
const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, M: 1000, І: 1, Х: 10, С: 100, М: 1000, Ӏ: 1 };

export const romanPattern = '[IVXLCІХӀ]{1,6}';

/** A Roman numeral's value, or undefined when it is not one written the usual way (IIII, VX). */
export function readRoman(numeral: string): number | undefined {
  const upper = numeral.toUpperCase();
  let value = 0;
  for (let index = 0; index < upper.length; index += 1) {
    const digit = romanDigits[upper[index]!];
    const next = romanDigits[upper[index + 1] ?? ''] ?? 0;
    if (digit === undefined) return undefined;
    value += digit < next ? -digit : digit;
  }
  const canonical = toRoman(value);
  const latin = upper.replace(/[ІӀ]/g, 'I').replace(/Х/g, 'X').replace(/С/g, 'C').replace(/М/g, 'M');
  return canonical === latin ? value : undefined;
}

/** A number in Roman numerals (1 to 3999). */
export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [size, numeral] of table) {
    while (rest >= size) {
      result += numeral;
      rest -= size;
    }
  }
  return result;
}

/** Ordinal words that number chapters («Глава первая», «Бірінші тарау», «Биринчи бөлүм»), 1 to 10. */
const ordinals: Record<string, number> = Object.fromEntries(
  [
    ['перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'],
    ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'],
    ['биринчи', 'экинчи', 'үчүнчү', 'төртүнчү', 'бешинчи', 'алтынчы', 'жетинчи', 'сегизинчи', 'тогузунчу', 'онунчу'],
  ].flatMap((words) => words.map((word, index) => [word, index + 1])),
);

export const ordinalPattern =
  '(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)\\p{L}*|бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|биринчи|экинчи|үчүнчү|төртүнчү|бешинчи|алтынчы|жетинчи|сегизинчи|тогузунчу|онунчу';

/** The value of a chapter's number as written: Arabic, Roman (Latin or Cyrillic letters) or an ordinal word. */
export function readChapterNumber(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  const roman = readRoman(written);
  if (roman !== undefined) return roman;
  const lower = written.toLowerCase();
  for (const [stem, value] of Object.entries(ordinals)) if (lower.startsWith(stem)) return value;
  return undefined;
}
