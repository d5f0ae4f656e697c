import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { fixturesDir } from '../helpers/example.js';
import { runQujat } from '../helpers/run-cli.js';

/** The fixture as Excel saves CSV in ru/kk locales: `;` between cells, decimal commas unquoted where they can be. */
function semicolonCsv(): string {
  const text = readFileSync(join(fixturesDir, 'kz-b-sheet-staff', 'unit-quarter.csv'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/"([^"]*)"|,/g, (match, quoted: string | undefined) => (quoted !== undefined ? quoted : ';')))
    .join('\n');
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

describe('a semicolon-separated CSV', () => {
  it('is read by the web app like a comma-separated one', async () => {
    const text = semicolonCsv();
    expect(text.split('\n')[1]).toContain(';4,5;');
    const reply = (await app.inject({ method: 'POST', url: '/api/forms/kz-b-sheet-staff/parse', payload: { text, format: 'csv' } })).json();
    expect(reply.problems).toEqual([]);
    expect(reply.data.person.fullName).toBe('Серікбаев Нұрлан Айдарұлы');
    expect(reply.records.count).toBe(4);
    const tabbed = text.replaceAll(';', '\t');
    const second = (await app.inject({ method: 'POST', url: '/api/forms/kz-b-sheet-staff/parse', payload: { text: tabbed, format: 'csv', record: 1 } })).json();
    expect(second.data.person.fullName).toBe('Қасымова Әйгерім Ерланқызы');
  });

  it('is rendered by qujat render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-semi-'));
    const file = join(dir, 'data.csv');
    writeFileSync(file, semicolonCsv());
    const result = await runQujat('render', 'kz-b-sheet-staff', file, '--out', join(dir, 'out'), '--format', 'docx', '--lang', 'kk');
    expect(result.stderr).not.toMatch(/Opening Quote/i);
    // Three of the four staff sheets are complete (as from the comma-separated fixture), and the unit summary.
    expect(
      readdirSync(join(dir, 'out'))
        .filter((name) => name.endsWith('.docx'))
        .sort(),
    ).toEqual(['kz-b-sheet-staff.2.kk.docx', 'kz-b-sheet-staff.3.kk.docx', 'kz-b-sheet-staff.5.kk.docx', 'kz-b-unit-summary.kk.docx']);
  });
});
