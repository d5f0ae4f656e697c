// CPU per document of qujat's own PDF writer (src/render/pdf/write-pdf.ts) alone, on a realistic two-page sheet
// of ~1,500 Kazakh words (the words of the kz-b-sheet locale, set in lines as a layout would, with a table's lines
// and a shaded header): the same document again (its font subsets reused), and a batch where each document has
// another person's name (the subsets made anew whenever the characters change). `npx tsx bench/write-pdf.bench.ts`.
import { readFileSync } from 'node:fs';

import { getFace, measureWidth } from '../src/render/font-faces.js';
import type { PageItem, PdfInfo, PdfPage } from '../src/render/pdf/pdf-page.js';
import { writePdf } from '../src/render/pdf/write-pdf.js';
import { medianOf, readCpuMs } from './measure-cpu.js';

const strings: string[] = [];
const collect = (value: unknown): void => {
  if (typeof value === 'string') strings.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(JSON.parse(readFileSync(new URL('../locales/kk/kz-b-sheet.json', import.meta.url), 'utf8')));
const words = strings.join(' ').split(/\s+/).filter(Boolean);

/** Two A4 pages: a title, ~1,500 words in justified lines, a five-row table with a shaded header, the name. */
function makePages(name: string): PdfPage[] {
  const face = getFace('normal');
  const pages: PdfPage[] = [];
  let items: PageItem[] = [];
  let y = 70;
  let word = 0;
  const newPage = () => {
    if (items.length) pages.push({ width: 595.28, height: 841.89, items });
    items = [];
    y = 70;
  };
  items.push({ kind: 'text', face: 'bold', size: 14, x: 200, y, text: 'БАҒАЛАУ ПАРАҒЫ' });
  items.push({ kind: 'text', face: 'bolditalics', size: 12, x: 56.7, y: (y += 20), text: name });
  items.push({ kind: 'text', face: 'normal', size: 11, x: 300, y, text: name });
  items.push({ kind: 'rect', x: 56.7, y: (y += 10), width: 481.9, height: 18, color: '#d9d9d9' });
  for (let row = 0; row <= 5; row += 1) {
    items.push({ kind: 'line', x1: 56.7, y1: y + row * 18, x2: 538.6, y2: y + row * 18, width: 0.5 });
    items.push({ kind: 'text', face: row === 0 ? 'bold' : 'normal', size: 11, x: 60, y: y + row * 18 + 13, text: `${row}. ${words[row]} ${words[row + 7]}` });
  }
  y += 110;
  while (word < 1500) {
    let line = '';
    while (word < 1500 && measureWidth(face, `${line} ${words[word % words.length]}`, 9) < 480)
      line = line ? `${line} ${words[word++ % words.length]}` : words[word++ % words.length]!;
    const spaces = line.split(' ').length - 1;
    const wordSpacing = spaces ? (481.9 - measureWidth(face, line, 9)) / spaces : 0;
    items.push({ kind: 'text', face: word % 97 < 3 ? 'italics' : 'normal', size: 9, x: 56.7, y, text: line, wordSpacing });
    y += 10.5;
    if (y > 780) newPage();
  }
  newPage();
  return pages;
}

const info: PdfInfo = {
  title: 'Бағалау парағы',
  author: 'Қаржы министрлігі',
  subject: 'B',
  creator: 'qujat',
  producer: 'qujat',
  date: new Date('2026-01-16T00:00:00Z'),
  lang: 'kk',
  pdfa: true,
};
const names = ['Әлиев Нұрлан Сәкенұлы', 'Ержанова Гүлнар Қайратқызы', 'Шынжеров Бақыт Ілиясұлы', 'Фёдорова Юлия Эдуардовна', 'Цой Виктор Хасанович'];
const same = makePages(names[0]!);
const batch = names.map(makePages);
console.log(`${same.length} pages, ${same.reduce((sum, page) => sum + page.items.length, 0)} items, ${writePdf(same, info).length} bytes`);

const rounds = Number(process.argv[2] ?? 15);
const perRound = 40;
const results: Record<string, number[]> = { same: [], batch: [], people: [], cold: [] };
// A batch of 200 people: names from the whole Kazakh alphabet, so that capitals and rare letters vary.
const letters = [...'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ'];
const person = (index: number) =>
  [0, 1, 2].map((part) => letters[(index * 7 + part * 13) % letters.length]! + 'әлиев нұрлан'.slice(part, part + 5 + (index % 4))).join(' ');
const people = Array.from({ length: 200 }, (_, index) => makePages(person(index)));
// Documents whose characters differ from every one of the 16 subsets kept per face: each makes two subsets anew
// (the regular face's, the largest, and the bold italic one's).
const rare = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];
const cold = rare.map((char) => makePages(`${names[0]} ${char}`));
for (let round = 0; round < rounds; round += 1) {
  let start = readCpuMs();
  for (let index = 0; index < perRound; index += 1) writePdf(same, info);
  results.same!.push((readCpuMs() - start) / perRound);
  start = readCpuMs();
  for (let index = 0; index < perRound; index += 1) writePdf(batch[index % batch.length]!, info);
  results.batch!.push((readCpuMs() - start) / perRound);
  start = readCpuMs();
  for (let index = 0; index < perRound; index += 1) writePdf(people[(round * perRound + index) % people.length]!, info);
  results.people!.push((readCpuMs() - start) / perRound);
  start = readCpuMs();
  for (let index = 0; index < perRound; index += 1) writePdf(cold[(round * perRound + index) % cold.length]!, info);
  results.cold!.push((readCpuMs() - start) / perRound);
}
for (const [name, values] of Object.entries(results))
  if (values.length) console.log(`${name}: ${medianOf(values).toFixed(3)} ms CPU per document (median of ${values.length} rounds of ${perRound})`);
