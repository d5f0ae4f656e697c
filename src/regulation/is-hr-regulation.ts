import { isCapitals, regulationTitle, stampDate, stampWords, type StructuredLine } from './parse-structure.js';
import { wholeWords } from './whole-words.js';

/** Words that name an HR service: кадр-, персонал-, human resources in ru, kk, ky. */
const hrWords = wholeWords('кадр\\p{L}*|персонал\\p{L}*|человеческ\\p{L}* ресурс\\p{L}*|адами ресурс\\p{L}*|адам ресурс\\p{L}*|HR');
/** A unit of a body: what a regulation on the HR service is about (not a commission, a reserve, a ministry). */
const unitWords =
  'служб\\p{L}*|отдел\\p{L}*|департамент\\p{L}*|управлени\\p{L}*|сектор\\p{L}*|подразделени\\p{L}*|дирекци\\p{L}*|бюро|қызмет\\p{L}*|бөлім\\p{L}*|басқарма\\p{L}*|кызмат\\p{L}*|бөлүм\\p{L}*|башкармалы\\p{L}*';
/** ru: «Положение о(б) <subject>»; kk, ky: «<subject> туралы ереже», «<subject> жөнүндө жобо». */
const russianSubject = /положени\p{L}*\s+об?\s+(.+)$/iu;
const turkicSubject = /^(.*?)\s+(?:туралы|жөнүндө)(?![\p{L}])/iu;
const leadingUnit = new RegExp(`^(?:\\S+\\s+){0,2}?(?:${unitWords})(?![\\p{L}])`, 'iu');
const trailingUnit = new RegExp(`(?<![\\p{L}])(?:${unitWords})\\s*(?:\\([^)]*\\)\\s*)*$`, 'iu');

/** Whether a regulation's title is about an HR unit: the unit its subject names first (ru) or last (kk, ky), with HR words. */
function namesHrUnit(title: string): boolean {
  if (!hrWords.test(title)) return false;
  const russian = russianSubject.exec(title);
  if (russian) return leadingUnit.test(russian[1]!) && hrWords.test(russian[1]!);
  const turkic = turkicSubject.exec(title);
  if (turkic) return trailingUnit.test(turkic[1]!.trim()) && hrWords.test(turkic[1]!);
  return true;
}

/**
 * Whether a draft is a regulation on an HR service: its title (over as many lines as it is set on) names a regulation (положение, ереже, жобо) of an HR unit. A text whose titles name another act
 * (a rules of procedure, an order, a job description) or another subject (a ministry, a legal department, a
 * commission, the cadre reserve) is not; a text with no title at all is one when it speaks of the HR service throughout.
 */
export function isHrRegulation(lines: StructuredLine[]): { hr: boolean; title?: StructuredLine } {
  // A title set over several lines is one title.
  const titles: { line: StructuredLine; index: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'title') return;
    const previous = titles.at(-1);
    if (previous && lines[index - 1]?.kind === 'title') previous.text = `${previous.text} ${line.text}`;
    else titles.push({ line, index, text: line.text });
  });
  const mentions = lines.filter((line) => line.kind !== 'toc' && hrWords.test(line.text)).length;
  // «Положение об отделе ____ Департамента…»: the unit's name left blank; the text tells what the unit does.
  const hrTitle = titles.find(
    ({ text }) => regulationTitle.test(text) && (namesHrUnit(text) || (/_{3,}/u.test(text) && new RegExp(unitWords, 'iu').test(text) && mentions >= 3)),
  );
  if (hrTitle) return { hr: true, title: hrTitle.line };
  const firstBody = lines.findIndex((line) => line.kind === 'chapter' || line.kind === 'point' || (line.kind === 'heading' && line.number !== undefined));
  const leading = titles.find((title) => firstBody < 0 || title.index < firstBody);
  if (leading) return { hr: false, title: leading.line };
  // No act named: a title in capitals before the text («КАДРОВАЯ ПОЛИТИКА Министерства …») says what the text is.
  const capitals =
    titles.length === 0
      ? lines
          .slice(0, firstBody < 0 ? 0 : firstBody)
          .filter(
            (line) =>
              isCapitals(line.text.split(/\s+/).slice(0, 2).join(' ')) &&
              !stampWords.test(line.text) &&
              !stampDate.test(line.text) &&
              !/[.;:]$/u.test(line.text),
          )
      : [];
  if (capitals.length > 0)
    return {
      hr: namesHrUnit(capitals.map((line) => line.text).join(' ')) && new RegExp(unitWords, 'iu').test(capitals.map((line) => line.text).join(' ')),
      title: capitals[0]!,
    };
  return { hr: mentions >= 3, ...(titles[0] && { title: titles[0].line }) };
}
