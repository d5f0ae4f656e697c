import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Piscina } from 'piscina';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listForms, render } from '../../src/api/index.js';
import { hashBytes, type RenderTask, type RenderTaskResult } from '../../src/batch/render-record.js';
import { projectPaths } from '../../src/core/paths.js';
import { bundleWorker } from '../../src/core/workers/bundle-worker.js';
import { locateWorkerModule } from '../../src/core/workers/worker-module.js';
import { loadForm } from '../../src/forms/index.js';
import { layoutForm } from '../../src/pipeline/index.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

// Every form's PDF, in each of kk, ru and ky it is made in, is the same bytes however it is made: twice in this
// process, and by the batch's worker threads one at a time (--jobs 1) and two side by side (--jobs 2), each thread
// having rendered other forms before; it passes qpdf's check, and its text reads back (its title, in its language).
const langs = ['kk', 'ru', 'ky'] as const;
const tasks: RenderTask[] = listForms()
  .filter((form) => existsSync(join(projectPaths.examples, `${form.id}.json`)))
  .map((form, index) => ({
    formId: form.id,
    number: index + 1,
    value: loadExample(form.id),
    langs: langs.filter((lang) => (form.languages as readonly string[]).includes(lang)),
    formats: ['pdf'],
    uiLang: 'en',
  }));
const dir = mkdtempSync(join(tmpdir(), 'qujat-every-pdf-'));
const byJobs = new Map<number, Map<string, string>>();

/** Every task through a pool of `jobs` threads of the batch's worker, all sent at once as the batch sends them. */
async function renderInPool(jobs: number): Promise<Map<string, string>> {
  const worker = await bundleWorker(locateWorkerModule('./render-worker', new URL('../../src/batch/', import.meta.url).href));
  const pool = new Piscina<RenderTask, RenderTaskResult>({ ...worker, minThreads: jobs, maxThreads: jobs });
  try {
    const results = await Promise.all(tasks.map((task) => pool.run(task)));
    return new Map(results.flatMap((result) => result.outputs.map((output) => [output.file.replace(/\.\d{6}\./, '.'), output.sha256] as const)));
  } finally {
    await pool.destroy();
  }
}

/** Lower case, without spaces, hyphens and soft hyphens: a title as it reads back whatever its line breaks. */
const squeeze = (text: string) => text.toLowerCase().replace(/[\s\u00ad\-‐]+/g, '');

describe('every form as PDF, in kk, ru and ky', () => {
  beforeAll(async () => {
    byJobs.set(1, await renderInPool(1));
    byJobs.set(2, await renderInPool(2));
  }, 240_000);
  afterAll(() => byJobs.clear());

  it('covers the forms and the three languages', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    for (const lang of langs) expect(tasks.filter((task) => task.langs.includes(lang)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(tasks.flatMap((task) => task.langs.map((lang) => [task.formId, lang] as const)))(
    '%s (%s): same bytes each run and with --jobs 1 and 2, valid, text read back',
    async (formId, lang) => {
      const first = (await render(formId, loadExample(formId), { langs: [lang], formats: ['pdf'] })).documents[0]!.bytes;
      const second = (await render(formId, loadExample(formId), { langs: [lang], formats: ['pdf'] })).documents[0]!.bytes;
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const name = `${formId}.${lang}.pdf`;
      expect(byJobs.get(1)!.get(name)).toBe(hashBytes(first));
      expect(byJobs.get(2)!.get(name)).toBe(hashBytes(first));
      const file = join(dir, name);
      writeFileSync(file, first);
      expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' })).not.toThrow();
      const title = layoutForm(loadForm(formId)!, loadExample(formId), { langs: [lang] }).layouts[0]!.options.title;
      expect(squeeze(title).length).toBeGreaterThan(3);
      expect(squeeze((await extractPdfText(first)).text)).toContain(squeeze(title));
    },
    60_000,
  );
});
