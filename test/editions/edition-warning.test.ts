import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { createTranslator } from '../../src/core/i18n/index.js';
import { type Form, type FormManifest, listFormIds, loadForm } from '../../src/forms/index.js';
import { validate } from '../../src/index.js';
import { renderForm } from '../../src/pipeline/index.js';
import { fixturesDir } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { affectedForms, dates, exampleOn } from './affected-forms.js';

const editionWarnings = (formId: string, date: string, lang: 'kk' | 'ru' | 'ky' | 'en' = 'en') =>
  validate(formId, exampleOn(formId, date), { lang }).problems.filter((problem) => problem.ruleId === 'edition-outdated');

describe('the edition in force: Order No. 52 of 31.03.2026, in force from 11.07.2026', () => {
  it('is known to the manifest of every form it amends, and of no other', () => {
    const amended = listFormIds().filter((id) => (loadForm(id)!.manifest.amendments ?? []).length > 0);
    expect(amended).toEqual(Object.keys(affectedForms));
    for (const [id, amends] of Object.entries(affectedForms)) {
      expect(loadForm(id)!.manifest.amendments).toEqual([{ act: 'kz-asa-order-52-2026', effective: '2026-07-11', amends }]);
    }
  });

  it('names every amending act and what it amends in kk, ru, ky and en', () => {
    for (const lang of ['kk', 'ru', 'ky', 'en']) {
      const translator = createTranslator(lang);
      for (const id of Object.keys(affectedForms)) {
        for (const amendment of loadForm(id)!.manifest.amendments ?? []) {
          expect([
            lang,
            id,
            translator.find(`act.${amendment.act}`, 'legal-acts') !== undefined,
            translator.find(`amends.${amendment.amends}`, 'legal-acts') !== undefined,
          ]).toEqual([lang, id, true, true]);
        }
      }
    }
  });

  it.each(Object.keys(affectedForms))('%s: no warning on 10.07.2026; a warning on 11.07.2026 and after, the data still valid', (formId) => {
    expect(editionWarnings(formId, dates.before)).toEqual([]);
    for (const date of [dates.on, dates.after]) {
      const warnings = editionWarnings(formId, date);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ severity: 'warning', place: { pointer: '/date' } });
      expect(warnings[0]!.message).toContain(
        `Order No. 52 of the Chair of the Civil Service Affairs Agency of the Republic of Kazakhstan of 31 March 2026, in force from 2026-07-11, amends `,
      );
      expect(warnings[0]!.message).toContain(`this document, dated ${date}, is in the edition of 2025-07-28, which does not have that wording`);
      expect(validate(formId, exampleOn(formId, date)).valid).toBe(true);
    }
  });

  it("says it in the user's language, with the act, its date and the edition", () => {
    const [kk] = editionWarnings('kz-b-sheet-staff', dates.after, 'kk');
    expect(kk!.message).toBe(
      '11.07.2026 бастап қолданысқа енгізілген Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының 2026 жылғы 31 наурыздағы № 52 бұйрығы «Б» корпусы үлгілік әдістемесінің 2-қосымшасын (осы парақ) және оның 4, 5 және 18-тармақтарын өзгертеді; 12.07.2026 күнгі бұл құжат бұл өзгерістер енгізілмеген 28.07.2025 редакциясында жасалады',
    );
    const [ru] = editionWarnings('kz-b-sheet-manager', dates.on, 'ru');
    expect(ru!.message).toBe(
      'приказ Председателя Агентства Республики Казахстан по делам государственной службы от 31 марта 2026 года № 52, действующий с 11.07.2026, изменяет приложение 1 к Типовой методике оценки корпуса «Б» (этот лист) и ее пункты 4, 5 и 18; этот документ от 11.07.2026 составляется в редакции от 28.07.2025, без этих изменений',
    );
    expect(ru!.expected).toBe(
      'редакция, действующая на 11.07.2026: до подписания сверьте документ с приказом (qujat добавит новую редакцию, когда текст приказа будет опубликован)',
    );
    const [ky] = editionWarnings('kz-a-evaluation-sheet', dates.after, 'ky');
    expect(ky!.message).toBe(
      '11.07.2026 баштап күчүнө кирген Казакстан Республикасынын Мамлекеттик кызмат иштери агенттигинин Төрагасынын 2026-жылдын 31-мартындагы № 52 буйругу «А» корпусунун баалоо методикасынын 16, 18 жана 24-пункттарын (баалоо баракчасын толтуруу жана жөнөтүү, кызматчынын баалоо натыйжаларын алуусу) өзгөртөт; 12.07.2026 күнкү бул документ бул өзгөртүүлөр киргизиле элек 28.07.2025 редакциясында түзүлөт',
    );
  });

  it('is not given for a form the order does not amend', () => {
    const problems = validate('kz-a-agreement-cat1', exampleOn('kz-a-agreement-cat1', dates.after)).problems;
    expect(problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe('adding the edition of an amending act is data only (a made-up edition in a fixture)', () => {
  const dir = `${fixturesDir}forms/made-up-edition`;
  const shipped = loadForm('kz-b-sheet-staff')!;
  const manifest = parse(readFileSync(`${dir}/form.yaml`, 'utf8')) as FormManifest;
  const form: Form = { dir, manifest, schema: shipped.schema };
  const render = async (data: Record<string, unknown>) => {
    const result = await renderForm(form, data, { langs: ['kk'], formats: ['pdf'], uiLang: 'en' });
    return {
      warnings: result.problems.filter((problem) => problem.ruleId === 'edition-outdated'),
      text: (await extractPdfText(result.documents[0]!.bytes)).text.replace(/\s+/g, ' '),
    };
  };

  it('the fixture is the shipped manifest with one more edition and its template', () => {
    const { editions, ...rest } = manifest;
    const { editions: shippedEditions, ...shippedRest } = shipped.manifest;
    expect(rest).toEqual(shippedRest);
    expect(editions.map((edition) => [edition.id, edition.effective])).toEqual([
      ...shippedEditions.map((edition) => [edition.id, edition.effective]),
      ['2026-07-11', '2026-07-11'],
    ]);
  });

  it('before 11.07.2026 the shipped edition, from 11.07.2026 the new one, and no warning', async () => {
    const before = await render(exampleOn('kz-b-sheet-staff', dates.before));
    expect(before.warnings).toEqual([]);
    expect(before.text).not.toContain('Made-up wording');
    for (const date of [dates.on, dates.after]) {
      const after = await render(exampleOn('kz-b-sheet-staff', date));
      expect(after.warnings).toEqual([]);
      expect(after.text).toContain('Made-up wording of the 2026 edition: Серікбаев Нұрлан Айдарұлы');
    }
  });

  it('the older edition asked for by name after 11.07.2026 still gets the warning', async () => {
    const old = await render({ ...exampleOn('kz-b-sheet-staff', dates.after), edition: '2025-07-28' });
    expect(old.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('is in the edition of 2025-07-28')]);
    expect(old.text).not.toContain('Made-up wording');
  });
});
