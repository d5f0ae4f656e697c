import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';

import { readRegulation } from '../../src/regulation/index.js';
import { checkDraft } from '../helpers/check-draft.js';
import { runQujat } from '../helpers/run-cli.js';

/** A draft as Word makes it: points and subpoints numbered automatically, the numbers absent from the text. */
async function buildDraft(): Promise<string> {
  const point = (text: string) => new Paragraph({ text, numbering: { reference: 'points', level: 0 } });
  const subpoint = (text: string) => new Paragraph({ text, numbering: { reference: 'points', level: 1 } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Қаржы министрлігінің персоналды басқару қызметі туралы ереже', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '1-тарау. Жалпы ереже', heading: HeadingLevel.HEADING_3 }),
          point('Персоналды басқару қызметі Конституцияны басшылыққа алады.'),
          point('Персоналды басқару қызметі:'),
          subpoint('кадр жұмысы басқармасынан;'),
          subpoint('мемлекеттік қызмет басқармасынан тұрады.'),
          new Paragraph({ text: '2-тарау. Негізгі міндеттері, функциялары, құқықтары мен міндеттері', heading: HeadingLevel.HEADING_3 }),
          point('Персоналды басқару қызметінің міндеті – персоналды басқару жүйесін қалыптастыру.'),
          new Paragraph({ text: 'Функциялары:' }),
          subpoint('персоналды басқару стратегиясын әзірлеу;'),
          subpoint('кадрлық құжаттаманы жүргізу.'),
          point('Персоналды басқару қызметі Заңға сәйкес әрекет етеді.'),
          point('Персоналды басқару қызметі мәліметтерді сұратады.'),
          new Paragraph({ text: '7. Персоналды басқару қызметі аппарат басшысына бағынады.' }),
        ],
      },
    ],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'qujat-docx-')), 'draft.docx');
  writeFileSync(file, await Packer.toBuffer(document));
  return file;
}

describe("a DOCX with Word's automatic numbering", () => {
  it('is read with the numbers Word shows, by paragraph', async () => {
    const read = await readRegulation(await buildDraft());
    expect(read.ok && read.lines.map((line) => line.text)).toEqual([
      'Қаржы министрлігінің персоналды басқару қызметі туралы ереже',
      '1-тарау. Жалпы ереже',
      '1. Персоналды басқару қызметі Конституцияны басшылыққа алады.',
      '2. Персоналды басқару қызметі:',
      '1) кадр жұмысы басқармасынан;',
      '2) мемлекеттік қызмет басқармасынан тұрады.',
      '2-тарау. Негізгі міндеттері, функциялары, құқықтары мен міндеттері',
      '3. Персоналды басқару қызметінің міндеті – персоналды басқару жүйесін қалыптастыру.',
      'Функциялары:',
      '1) персоналды басқару стратегиясын әзірлеу;',
      '2) кадрлық құжаттаманы жүргізу.',
      '4. Персоналды басқару қызметі Заңға сәйкес әрекет етеді.',
      '5. Персоналды басқару қызметі мәліметтерді сұратады.',
      '7. Персоналды басқару қызметі аппарат басшысына бағынады.',
    ]);
  });

  it('is checked with the computed numbers: a number typed by hand after the automatic ones is a gap at its paragraph', async () => {
    const file = await buildDraft();
    const read = await readRegulation(file);
    const { problems } = checkDraft(read.ok ? read.lines : [], { profile: 'kz', asOf: '2026-01-15' });
    expect(problems.map((problem) => [problem.ruleId, problem.place.line, problem.fix?.value])).toEqual([['numbering-gap', 14, '6']]);
    const cli = await runQujat('check', file, '--profile', 'kz', '--ui-lang', 'en');
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('14:1  error  point number 7 where 6 is expected  numbering-gap');
  });
});
