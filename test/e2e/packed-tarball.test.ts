import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { render } from '../../src/api/index.js';
import { packRepository, writeConsumerProject } from './install-packed.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'qujat-packed-'));
const project = join(work, 'consumer');
const draft = join(root, 'test', 'fixtures', 'reference', 'kz-hr-service-typical-regulation.kk.md');

/** Runs a command in the consumer project (no network: npx may only use what is installed). */
function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, QUJAT_LANG: 'en', npm_config_offline: 'true' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const qujat = (...args: string[]) => run('npx', ['--offline', 'qujat', ...args]);

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'bin', 'qujat.js'))) throw new Error('no dist/: run `npm run build` first (npm run test:e2e does)');
  spawnSync('mkdir', [project]);
  const tarball = packRepository(root, project);
  writeConsumerProject(root, project, tarball);
  const install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund']);
  expect(install.stderr).not.toContain('EBADENGINE');
  expect(install.status, install.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball, installed into an empty project without network', () => {
  it('has the compiled tool and its data, and no TypeScript loader or bundler', () => {
    const installed = join(project, 'node_modules');
    for (const file of [
      'qujat/dist/bin/qujat.js',
      'qujat/dist/index.d.ts',
      'qujat/dist/web/client/app.js',
      'qujat/templates/kz-a-evaluation-sheet/form.yaml',
      'qujat/locales/kk/cli.json',
      'qujat/schemas/common.schema.json',
      '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
    ]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    for (const absent of ['tsx', 'esbuild', 'typescript', 'qujat/src', 'qujat/test']) expect(existsSync(join(installed, absent)), absent).toBe(false);
  });

  it("finds the build's precompiled validators and templates, inflated Unicode tables and bundled ajv where it is installed", () => {
    const dist = join(project, 'node_modules', 'qujat', 'dist');
    const script = `
      const { readFileSync, readdirSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { findPrecompiledValidator } = await import(${JSON.stringify(join(dist, 'validate', 'find-precompiled-validator.js'))});
      const { findPrecompiledTemplate } = await import(${JSON.stringify(join(dist, 'template', 'find-precompiled-template.js'))});
      const { unicodeTrieFolder } = await import(${JSON.stringify(join(dist, 'render', 'defer-unicode-tries.js'))});
      const { loadForm } = await import(${JSON.stringify(join(dist, 'forms', 'index.js'))});
      const { createAjv } = await import(${JSON.stringify(join(dist, 'validate', 'create-validator.js'))});
      const form = loadForm('kz-b-sheet-staff');
      const validate = findPrecompiledValidator(form.schema);
      const template = findPrecompiledTemplate(readFileSync(join(form.dir, form.manifest.editions[0].template), 'utf8'));
      process.stdout.write(JSON.stringify({
        validates: validate({}) === false && validate.errors[0].keyword === 'required',
        template: typeof template,
        tables: readdirSync(unicodeTrieFolder).filter((name) => name.endsWith('.bin')).length,
        compiles: createAjv().compile({ type: 'string', format: 'date' })('1899-12-31') === false,
      }));`;
    const result = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ validates: true, template: 'function', tables: 4, compiles: true });
  });

  it('lists the forms (npx qujat forms)', () => {
    const forms = qujat('forms', '--json');
    expect(forms.status, forms.stderr).toBe(0);
    const ids = (JSON.parse(forms.stdout) as { id: string }[]).map((form) => form.id);
    expect(ids).toContain('kz-a-evaluation-sheet');
    expect(ids).toContain('kg-hr-regulation');
  });

  it('renders a form to PDF and DOCX', () => {
    const example = join(project, 'node_modules', 'qujat', 'schemas', 'examples', 'kz-b-sheet-staff.json');
    const rendered = qujat('render', 'kz-b-sheet-staff', example, '--lang', 'kk', '--format', 'pdf,docx', '--out', 'out');
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(rendered.stdout.trim().split('\n')).toEqual(['out/kz-b-sheet-staff.kk.pdf', 'out/kz-b-sheet-staff.kk.docx']);
    expect(
      readFileSync(join(project, 'out', 'kz-b-sheet-staff.kk.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(
      readFileSync(join(project, 'out', 'kz-b-sheet-staff.kk.docx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('renders byte for byte what the sources render (the bundled command and its build-time shaped words)', async () => {
    const example = JSON.parse(readFileSync(join(root, 'schemas', 'examples', 'kz-b-sheet-staff.json'), 'utf8')) as { person: Record<string, unknown> };
    // Words of the example (shaped at build time) beside words of no example (shaped at run time).
    const changed = {
      ...example,
      person: { ...example.person, fullName: 'Ёлкина-Ўмарова Әсем Fиона', position: `${String(example.person.position)} (AVAW office)` },
    };
    writeFileSync(join(project, 'changed.json'), JSON.stringify(changed));
    for (const lang of ['kk+ru', 'ky'] as const) {
      const rendered = qujat('render', 'kz-b-sheet-staff', 'changed.json', '--lang', lang, '--format', 'pdf,docx', '--out', 'same');
      expect(rendered.status, rendered.stderr).toBe(0);
      const fromSources = await render('kz-b-sheet-staff', changed, { langs: [lang], formats: ['pdf', 'docx'] });
      expect(fromSources.documents).toHaveLength(2);
      for (const document of fromSources.documents) {
        expect(Buffer.from(document.bytes).equals(readFileSync(join(project, 'same', document.fileName))), document.fileName).toBe(true);
      }
    }
  });

  it('checks a regulation (the typical KZ text: its three deliberate blanks)', () => {
    const checked = qujat('check', draft, '--format', 'json');
    expect(checked.status).toBe(1);
    const findings = JSON.parse(checked.stdout) as { ruleId: string }[];
    expect(findings.map((finding) => finding.ruleId)).toEqual(['placeholder', 'placeholder', 'placeholder']);
  });

  it('starts and stops qujat serve, which serves the page and the bundled client', async () => {
    // The installed bin itself (npx would stand between the signal and the server).
    const child = spawn(join(project, 'node_modules', '.bin', 'qujat'), ['serve', '--port', '0', '--ui-lang', 'en'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const page = await fetch(`${address}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/app.js');
    const script = await fetch(`${address}/assets/app.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(10_000);
    const forms = (await (await fetch(`${address}/api/forms`)).json()) as { id: string }[];
    expect(forms.map((form) => form.id)).toContain('kz-b-sheet-staff');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('is imported by a plain .mjs file', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      [
        "import { listForms, validate, compute } from 'qujat';",
        "const ids = listForms('en').map((form) => form.id);",
        "const { valid } = validate('kz-b-sheet-staff', {}, { lang: 'en' });",
        'console.log(JSON.stringify({ has: ids.includes("kz-b-sheet-staff"), valid, compute: typeof compute }));',
        '',
      ].join('\n'),
    );
    const used = run(process.execPath, ['use.mjs']);
    expect(used.status, used.stderr).toBe(0);
    expect(JSON.parse(used.stdout)).toEqual({ has: true, valid: false, compute: 'function' });
  });

  it("is imported by a .ts file that tsc type-checks against the package's declarations", () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { listForms, validate, type FormSummary, type Problem, type ValidationResult } from 'qujat';",
        "const forms: FormSummary[] = listForms('kk');",
        "const result: ValidationResult = validate(forms[0]!.id, {}, { lang: 'ru' });",
        'const problems: readonly Problem[] = result.problems;',
        'console.log(problems.length);',
        '// @ts-expect-error: a form id is a string',
        'validate(42, {});',
        '',
      ].join('\n'),
    );
    // A Node project has Node's types (the library's declarations name Buffer): the repository's @types/node stands in.
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const checked = run(process.execPath, [tsc, '-p', '.']);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});
