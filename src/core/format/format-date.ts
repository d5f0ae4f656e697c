export type DateStyle = 'attributive' | 'locative' | 'dateline';
type Lang = 'kk' | 'ru' | 'ky';

/**
 * Month forms of the official texts (../shared/reference/glossary.md, rows 32-46), January to December.
 * attributive: "of a date" (kk «16 қаңтардағы», ky «16-январындагы»); locative: "on a date" (kk «1 ақпанда»,
 * ky «1-февралында»); dateline: the date line of a document (kk «23 ақпан», ky possessive «1-февралы»).
 * Russian uses the genitive in all three («от 17 июля 2024 года», «1 февраля 2018 года»).
 */
const months: Record<Lang, Record<DateStyle, readonly string[]>> = {
  kk: {
    attributive: [
      'қаңтардағы',
      'ақпандағы',
      'наурыздағы',
      'сәуірдегі',
      'мамырдағы',
      'маусымдағы',
      'шілдедегі',
      'тамыздағы',
      'қыркүйектегі',
      'қазандағы',
      'қарашадағы',
      'желтоқсандағы',
    ],
    locative: ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда'],
    dateline: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  },
  ru: {
    attributive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    locative: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    dateline: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
  ky: {
    attributive: [
      'январындагы',
      'февралындагы',
      'мартындагы',
      'апрелиндеги',
      'майындагы',
      'июнундагы',
      'июлундагы',
      'августундагы',
      'сентябрындагы',
      'октябрындагы',
      'ноябрындагы',
      'декабрындагы',
    ],
    locative: [
      'январында',
      'февралында',
      'мартында',
      'апрелинде',
      'майында',
      'июнунда',
      'июлунда',
      'августунда',
      'сентябрында',
      'октябрында',
      'ноябрында',
      'декабрында',
    ],
    dateline: ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'],
  },
};

/** Parses a strict `YYYY-MM-DD` calendar date; anything else is a programming error (the schema checks user input). */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new TypeError(`not a calendar date YYYY-MM-DD: "${isoDate}"`);
  }
  return { year, month, day };
}

/** The official wording of a date: kk «2026 жылғы 20 қаңтардағы», ru «20 января 2026 года», ky «2026-жылдын 20-январындагы». */
export function formatDate(isoDate: string, lang: Lang, style: DateStyle = 'attributive'): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const name = months[lang][style][month - 1];
  switch (lang) {
    case 'kk':
      return `${year} жылғы ${day} ${name}`;
    case 'ru':
      return `${day} ${name} ${year} года`;
    case 'ky':
      return `${year}-жылдын ${day}-${name}`;
  }
}
