/** Month stems: Russian and Kyrgyz write the months alike («марта», «мартындагы»); Kazakh has its own names. */
const months: [RegExp, number][] = [
  [/^(?:январ|қаңтар)/iu, 1],
  [/^(?:феврал|ақпан)/iu, 2],
  [/^(?:март|наурыз)/iu, 3],
  [/^(?:апрел|сәуір)/iu, 4],
  [/^(?:ма[йяю]|мамыр)/iu, 5],
  [/^(?:июн|маусым)/iu, 6],
  [/^(?:июл|шілде)/iu, 7],
  [/^(?:август|тамыз)/iu, 8],
  [/^(?:сентябр|қыркүйек)/iu, 9],
  [/^(?:октябр|қазан)/iu, 10],
  [/^(?:ноябр|қараша)/iu, 11],
  [/^(?:декабр|желтоқсан)/iu, 12],
];

const datePatterns = [
  /(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>(?:19|20)\d{2})/u,
  /«?(?<day>\d{1,2})»?\s+(?<name>\p{L}+)\s+(?<year>(?:19|20)\d{2})\s*(?:года|г\.|ж\.)/u,
  /(?<year>(?:19|20)\d{2})\s*(?:жылғы|-?\s*жылдын|жылы)\s+«?(?<day>\d{1,2})»?\s*-?\s*(?<name>\p{L}+)/u,
];
const yearOnly = /(?<year>(?:19|20)\d{2})\s*(?:жылғы|-?\s*жылдын|жылы|года|г\.)/u;

/** The first date an act's text states («от 15 марта 2023 года», «2023 жылғы 15 наурыздағы», «2023-жылдын 15-мартындагы», 15.03.2023), as YYYY-MM-DD, or its year alone. */
export function readActDate(text: string): { date?: string; year?: number; index: number } | undefined {
  let found: { date?: string; year?: number; index: number } | undefined;
  for (const pattern of datePatterns) {
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    const { day, name, year } = match.groups;
    const month = match.groups.month ? Number(match.groups.month) : months.find(([stem]) => stem.test(name ?? ''))?.[1];
    if (!month || month > 12 || Number(day) < 1 || Number(day) > 31) continue;
    if (found && found.index <= match.index) continue;
    found = { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year: Number(year), index: match.index };
  }
  if (found) return found;
  const year = yearOnly.exec(text);
  return year ? { year: Number(year.groups!.year), index: year.index } : undefined;
}
