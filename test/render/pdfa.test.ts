import { describe, expect, it } from 'vitest';

import { render } from '../../src/index.js';
import { checkWithQpdf, hasQpdf } from '../helpers/check-pdf.js';
import { loadExample } from '../helpers/example.js';

describe('archive-grade PDF (--pdfa)', () => {
  it('is PDF/A-2b: XMP metadata with the title, the language, an sRGB output intent, embedded fonts, no external references', async () => {
    const data = { ...loadExample('kz-a-evaluation-sheet'), date: '2026-01-16' };
    const { documents } = await render('kz-a-evaluation-sheet', data, { langs: ['kk'], formats: ['pdf'], pdfa: true });
    const bytes = Buffer.from(documents[0]!.bytes);
    const text = bytes.toString('latin1');
    const utf8 = bytes.toString('utf8');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(utf8).toContain('<rdf:li xml:lang="x-default">Бағалау парағы</rdf:li>');
    expect(text).toContain('<xmp:CreateDate>2026-01-16T00:00:00Z</xmp:CreateDate>');
    expect(text).toContain('/Lang (kk)');
    expect(text).toContain('/Type /OutputIntent');
    expect(text.match(/\/FontFile2 /g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/\/URI|\/Launch|\/JavaScript/);
  });

  it('names the state body as the author when the data has one', async () => {
    const { documents } = await render('kz-reserve-list', loadExample('kz-reserve-list'), { langs: ['kk'], formats: ['pdf'], pdfa: true });
    const utf8 = Buffer.from(documents[0]!.bytes).toString('utf8');
    expect(utf8).toContain('<rdf:li>Қазақстан Республикасы Қаржы министрлігі</rdf:li>');
    expect(utf8).toContain('<rdf:li xml:lang="x-default">Мемлекеттік қызметтің кадр резерві</rdf:li>');
  });

  it.skipIf(!hasQpdf && !process.env.CI)('passes qpdf --check (qpdf from Debian, installed by .ci/run)', async () => {
    const { documents } = await render('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'), { langs: ['ru'], formats: ['pdf'], pdfa: true });
    expect(checkWithQpdf(documents[0]!.bytes)).toContain('No syntax or stream encoding errors found');
  });
});
