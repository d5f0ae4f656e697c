import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { render } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const hasSoffice = (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, 'soffice')));
if (!hasSoffice)
  console.warn('LibreOffice tests of the rendered DOCX skipped: soffice is not on PATH (apt-get install libreoffice-writer-nogui; .ci/run installs it)');

/** Every shipped form in its first language, and a bilingual sheet. */
const documents = [
  ...readdirSync(projectPaths.examples)
    .filter((name) => /^[\w-]+\.json$/.test(name))
    .map((name) => name.slice(0, -'.json'.length))
    .map((formId) => ({ formId, lang: formId.startsWith('kg-') ? 'ky' : 'kk' })),
  { formId: 'kz-b-sheet-manager', lang: 'kk+ru' },
  { formId: 'kz-concept-indicators-report', lang: 'ru' },
];
const tags: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG' };
const work = mkdtempSync(join(tmpdir(), 'qujat-docx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs LibreOffice headless with a profile of its own (another instance may be running). */
function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, ...args], {
    stdio: 'ignore',
    timeout: 300_000,
  });
}

/** The languages LibreOffice gives the text of an ODT: the default paragraph style's, and every other one it uses. */
function readOdtLanguages(odt: Uint8Array): { defaultLanguage?: string; languages: string[] } {
  const parts = unzipSync(odt);
  const tag = (match: RegExpMatchArray) => `${match[1]}-${match[2]}`;
  const pattern = /fo:language="([^"]+)" fo:country="([^"]+)"/g;
  const styles = strFromU8(parts['styles.xml']!);
  const defaultStyle = /<style:default-style style:family="paragraph">.*?<\/style:default-style>/s.exec(styles)?.[0] ?? '';
  const used = styles + strFromU8(parts['content.xml']!);
  return { defaultLanguage: [...defaultStyle.matchAll(pattern)].map(tag)[0], languages: [...new Set([...used.matchAll(pattern)].map(tag))].sort() };
}

describe.skipIf(!hasSoffice)(`LibreOffice opens every form's DOCX${hasSoffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
  it('converts each to PDF with its title in the text, and reads its text in the document language(s)', async () => {
    const titles = new Map<string, string>();
    for (const { formId, lang } of documents) {
      const { documents: rendered } = await render(formId, loadExample(formId), { langs: [lang as 'kk'], formats: ['docx'] });
      const name = `${formId}.${lang}`;
      writeFileSync(join(work, `${name}.docx`), rendered[0]!.bytes);
      const title = readDocx(rendered[0]!.bytes).blocks.find((block) => block.kind === 'p' && block.style === 'QujatTitle');
      titles.set(name, title?.kind === 'p' ? (title.text ?? '') : '');
    }
    const files = documents.map(({ formId, lang }) => join(work, `${formId}.${lang}.docx`));
    soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...files]);
    soffice(['--convert-to', 'odt', '--outdir', join(work, 'odt'), ...files]);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const { formId, lang } of documents) {
      const name = `${formId}.${lang}`;
      const { text } = await extractPdfText(readFileSync(join(work, 'pdf', `${name}.pdf`)));
      expect(titles.get(name), name).not.toBe('');
      expect(squeeze(text), name).toContain(squeeze(titles.get(name)!));
      const versions = lang.split('+').map((part) => tags[part]!);
      expect(readOdtLanguages(readFileSync(join(work, 'odt', `${name}.odt`))), name).toEqual({ defaultLanguage: versions[0], languages: [...versions].sort() });
    }
  }, 300_000);
});
