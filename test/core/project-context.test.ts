import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createTranslator } from '../../src/core/i18n/index.js';
import { projectPaths } from '../../src/core/paths.js';
import { createProjectContext, defaultProject, projectFor } from '../../src/core/project/index.js';

const dir = mkdtempSync(join(tmpdir(), 'qujat-project-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function retitle(file: string, title: string): void {
  const texts = JSON.parse(readFileSync(file, 'utf8'));
  texts['kz-a-opinion'] = title;
  writeFileSync(file, `${JSON.stringify(texts, null, 2)}\n`);
}

describe('the project context', () => {
  const locales = join(dir, 'locales');
  cpSync(projectPaths.locales, locales, { recursive: true });
  const project = createProjectContext({ localesDir: locales });
  const shippedTitle = JSON.parse(readFileSync(join(projectPaths.locales, 'en', 'forms.json'), 'utf8'))['kz-a-opinion'] as string;

  it('keeps what it reads until its locale files change: then the texts, not the compiled things', () => {
    let made = 0;
    const durable = project.memoDurable('test:durable', () => ({ made: ++made }));
    const title = () => createTranslator('en', project).find('kz-a-opinion', 'forms');
    expect(title()).toBe(shippedTitle);
    expect(project.refresh()).toBe(false);
    retitle(join(locales, 'en', 'forms.json'), 'Opinion, retitled');
    // Read again only when asked to look (the web app asks at each request, a worker thread at each task).
    expect(title()).toBe(shippedTitle);
    expect(project.refresh()).toBe(true);
    expect(title()).toBe('Opinion, retitled');
    expect(project.refresh()).toBe(false);
    expect(project.memoDurable('test:durable', () => ({ made: ++made }))).toBe(durable);
    project.invalidate();
    expect(project.memoDurable('test:durable', () => ({ made: ++made }))).toEqual({ made: 2 });
  });

  it("reads a root's locale files over the shipped ones, key by key", () => {
    const root = join(dir, 'root');
    cpSync(join(locales, 'en', 'forms.json'), join(root, 'locales', 'en', 'forms.json'));
    writeFileSync(join(root, 'locales', 'en', 'forms.json'), '{ "kz-a-survey": "My survey" }\n');
    const withRoot = createProjectContext({ roots: [root] });
    expect(createTranslator('en', withRoot).find('kz-a-survey', 'forms')).toBe('My survey');
    expect(createTranslator('en', withRoot).find('kz-a-opinion', 'forms')).toBe(createTranslator('en').find('kz-a-opinion', 'forms'));
  });

  it('is one per set of folders for options received as data; the shipped folders are the default project', () => {
    expect(projectFor(undefined)).toBe(defaultProject());
    expect(projectFor({ localesDir: projectPaths.locales })).toBe(defaultProject());
    expect(projectFor({ localesDir: locales })).toBe(projectFor({ localesDir: `${locales}/` }));
    expect(projectFor({ localesDir: locales })).not.toBe(defaultProject());
  });
});
