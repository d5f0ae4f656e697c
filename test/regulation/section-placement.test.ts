import { describe, expect, it } from 'vitest';

import { splitLines } from '../../src/regulation/index.js';
import { checkDraft } from '../helpers/check-draft.js';

const draft = (...chapters: string[]) => ['ПОЛОЖЕНИЕ', 'о службе управления персоналом Министерства юстиции Кыргызской Республики', '', ...chapters].join('\n');

describe('where a missing section is reported, and the numbering it explains', () => {
  // Points numbered within each chapter, so that only the chapters' numbers speak.
  const general = 'Глава 1. Общие положения\n1. Служба является структурным подразделением Министерства.';
  const structure = 'Глава 2. Структура\n1. Служба состоит из заведующего и специалистов.';
  const tasks = 'Глава 3. Задачи\n1. Задачей службы является проведение кадровой политики.';
  const functions = 'Глава 4. Функции\n1. Служба ведет личные дела;\n2. организует конкурсы.';
  const rights = 'Глава 5. Права\n1. Служба вправе запрашивать сведения.';
  const responsibility = 'Глава 6. Ответственность\n1. Работники службы несут ответственность по закону.';

  it('general provisions belong at the top, before the first chapter, not at the last line', () => {
    const text = draft(
      structure.replace('Глава 2', 'Глава 1'),
      tasks.replace('Глава 3', 'Глава 2'),
      functions.replace('Глава 4', 'Глава 3'),
      rights.replace('Глава 5', 'Глава 4'),
      responsibility.replace('Глава 6', 'Глава 5'),
    );
    const { findings } = checkDraft(splitLines(text, false), { asOf: '2026-01-15' });
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.values?.section])).toEqual([['section-missing', 4, 'general']]);
  });

  it('a section missing in the middle is reported before the next one, and the chapter number it leaves out is no gap', () => {
    const text = draft(general, structure, functions, rights, responsibility);
    const { findings } = checkDraft(splitLines(text, false), { asOf: '2026-01-15' });
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.values?.section])).toEqual([['section-missing', 8, 'tasks']]);
  });

  it('two chapters swapped are one number out of sequence and an order warning, not three gaps or a missing section', () => {
    const text = draft(general, tasks, structure, functions, rights, responsibility);
    const { findings, problems } = checkDraft(splitLines(text, false), { asOf: '2026-01-15', uiLang: 'en' });
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.values?.number ?? finding.values?.section])).toEqual([
      ['section-order', 8, 'structure'],
      ['numbering-gap', 8, 2],
    ]);
    expect(problems[1]!.message).toBe('chapter number 2 is out of sequence: the numbers before and after it do not lead to it');
    expect(problems[1]!.fix).toBeUndefined();
  });

  it('a chapter number typed twice is one repeat, whether the next goes on from the repeat or from the number meant', () => {
    const twice = draft(
      general,
      structure,
      tasks.replace('Глава 3', 'Глава 2'),
      functions.replace('Глава 4', 'Глава 3'),
      rights.replace('Глава 5', 'Глава 4'),
      responsibility.replace('Глава 6', 'Глава 5'),
    );
    const typo = draft(general, structure, tasks.replace('Глава 3', 'Глава 2'), functions, rights, responsibility);
    for (const text of [twice, typo]) {
      const { findings } = checkDraft(splitLines(text, false), { asOf: '2026-01-15' });
      expect(findings.map((finding) => [finding.ruleId, finding.line, finding.fix])).toEqual([['numbering-repeat', 8, '3']]);
    }
  });
});
