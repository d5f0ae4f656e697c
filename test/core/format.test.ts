import { describe, expect, it } from 'vitest';

import { formatDate, formatDecimal, localizeNumber, localizeNumbers } from '../../src/core/format/index.js';

const dates = [
  '2026-01-20',
  '2026-02-01',
  '2026-03-08',
  '2026-04-15',
  '2026-05-09',
  '2026-06-30',
  '2024-07-17',
  '2026-08-31',
  '2026-09-01',
  '2016-10-21',
  '2026-11-23',
  '2016-12-29',
];

describe('formatDate: the official wording of dates', () => {
  it('kk attributive («… жылғы D <month>дағы»), vowel harmony by month', () => {
    expect(dates.map((date) => formatDate(date, 'kk'))).toEqual([
      '2026 жылғы 20 қаңтардағы',
      '2026 жылғы 1 ақпандағы',
      '2026 жылғы 8 наурыздағы',
      '2026 жылғы 15 сәуірдегі',
      '2026 жылғы 9 мамырдағы',
      '2026 жылғы 30 маусымдағы',
      '2024 жылғы 17 шілдедегі',
      '2026 жылғы 31 тамыздағы',
      '2026 жылғы 1 қыркүйектегі',
      '2016 жылғы 21 қазандағы',
      '2026 жылғы 23 қарашадағы',
      '2016 жылғы 29 желтоқсандағы',
    ]);
  });

  it('kk locative and date line', () => {
    expect(dates.map((date) => formatDate(date, 'kk', 'locative'))).toEqual([
      '2026 жылғы 20 қаңтарда',
      '2026 жылғы 1 ақпанда',
      '2026 жылғы 8 наурызда',
      '2026 жылғы 15 сәуірде',
      '2026 жылғы 9 мамырда',
      '2026 жылғы 30 маусымда',
      '2024 жылғы 17 шілдеде',
      '2026 жылғы 31 тамызда',
      '2026 жылғы 1 қыркүйекте',
      '2016 жылғы 21 қазанда',
      '2026 жылғы 23 қарашада',
      '2016 жылғы 29 желтоқсанда',
    ]);
    expect(formatDate('2017-02-23', 'kk', 'dateline')).toBe('2017 жылғы 23 ақпан');
    expect(formatDate('2026-09-05', 'kk', 'dateline')).toBe('2026 жылғы 5 қыркүйек');
  });

  it('ru: the genitive in every style', () => {
    expect(dates.map((date) => formatDate(date, 'ru'))).toEqual([
      '20 января 2026 года',
      '1 февраля 2026 года',
      '8 марта 2026 года',
      '15 апреля 2026 года',
      '9 мая 2026 года',
      '30 июня 2026 года',
      '17 июля 2024 года',
      '31 августа 2026 года',
      '1 сентября 2026 года',
      '21 октября 2016 года',
      '23 ноября 2026 года',
      '29 декабря 2016 года',
    ]);
    expect(formatDate('2018-02-01', 'ru', 'locative')).toBe('1 февраля 2018 года');
    expect(formatDate('2017-02-23', 'ru', 'dateline')).toBe('23 февраля 2017 года');
  });

  it('ky attributive, locative and date line, with the hyphen after the day', () => {
    expect(dates.map((date) => formatDate(date, 'ky'))).toEqual([
      '2026-жылдын 20-январындагы',
      '2026-жылдын 1-февралындагы',
      '2026-жылдын 8-мартындагы',
      '2026-жылдын 15-апрелиндеги',
      '2026-жылдын 9-майындагы',
      '2026-жылдын 30-июнундагы',
      '2024-жылдын 17-июлундагы',
      '2026-жылдын 31-августундагы',
      '2026-жылдын 1-сентябрындагы',
      '2016-жылдын 21-октябрындагы',
      '2026-жылдын 23-ноябрындагы',
      '2016-жылдын 29-декабрындагы',
    ]);
    expect(formatDate('2018-02-01', 'ky', 'locative')).toBe('2018-жылдын 1-февралында');
    expect(formatDate('2021-07-22', 'ky', 'locative')).toBe('2021-жылдын 22-июлунда');
    expect(dates.map((date) => formatDate(date, 'ky', 'dateline').split('-').at(-1))).toEqual([
      'январы',
      'февралы',
      'марты',
      'апрели',
      'майы',
      'июну',
      'июлу',
      'августу',
      'сентябры',
      'октябры',
      'ноябры',
      'декабры',
    ]);
    expect(formatDate('2014-07-17', 'ky', 'dateline')).toBe('2014-жылдын 17-июлу');
  });

  it.each(['2026-02-30', '2026-1-5', '', '2026-13-01', '20.01.2026'])('%j is not a date: a programming error', (value) => {
    expect(() => formatDate(value, 'kk')).toThrow(TypeError);
  });
});

describe('formatDecimal', () => {
  it.each([
    [4.5, 2, '4,50'],
    ['97.125', 2, '97,13'],
    [100, 0, '100'],
    [0, 2, '0,00'],
    [4.595, 2, '4,60'],
    [-1.005, 2, '-1,01'],
    [9999.5, 1, '9999,5'],
    [12500, 0, '12\u00a0500'],
    [1234567.891, 2, '1\u00a0234\u00a0567,89'],
    ['-0.001', 2, '0,00'],
  ])('%j with %i decimals is %j', (value, decimals, expected) => {
    expect(formatDecimal(value, decimals)).toBe(expected);
  });
});

describe('localizeNumber', () => {
  it('uses the decimal comma in kk, ru, ky and leaves English and non-numbers alone', () => {
    expect(localizeNumber('4.75', 'kk')).toBe('4,75');
    expect(localizeNumber(0.01, 'ru')).toBe('0,01');
    expect(localizeNumber('4.75', 'en')).toBe('4.75');
    expect(localizeNumber('"4.75"', 'ky')).toBe('"4.75"');
  });
});

describe('localizeNumbers', () => {
  it('writes numbers and calendar dates of message values as the language does', () => {
    expect(localizeNumbers({ score: '4.5', from: '2025-12-31', code: 'C-4' }, 'kk')).toEqual({ score: '4,5', from: '31.12.2025', code: 'C-4' });
    expect(localizeNumbers({ from: '2025-12-31' }, 'en')).toEqual({ from: '2025-12-31' });
    expect(localizeNumbers({ text: 'from 2025-12-31' }, 'ru')).toEqual({ text: 'from 2025-12-31' });
  });
});
