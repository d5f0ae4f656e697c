import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { createServer } from '../../src/web/index.js';
import { loadExample } from '../helpers/example.js';

let app: FastifyInstance;
let localesDir: string;
beforeAll(async () => {
  localesDir = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
  cpSync(projectPaths.locales, localesDir, { recursive: true });
  app = await createServer({ localesDir, allowedHosts: ['qujat.hr.example'] });
});
afterAll(async () => {
  await app.close();
  rmSync(localesDir, { recursive: true, force: true });
});

const own = 'localhost:8080';
const check = (headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/api/forms/kz-a-evaluation-sheet/check',
    payload: { data: loadExample('kz-a-evaluation-sheet') },
    headers: { host: own, ...headers },
  });

/** An XLIFF import that would change a text, as an upload. */
let exportedOnce: Promise<string> | undefined;

/** The Russian XLIFF with one text changed, as an upload (exported once: the refused imports change nothing). */
async function xliffUpload(): Promise<FormData> {
  exportedOnce ??= app.inject({ url: '/api/locales/xliff/ru', headers: { host: own } }).then((response) => response.body);
  const exported = await exportedOnce;
  const form = new FormData();
  form.append('lang', 'ru');
  form.append('confirm', 'yes');
  form.append('file', new Blob([exported.replace(/(<target>)Формы(<\/target>)/, '$1Взлом$2')]), 'x.xliff');
  return form;
}

describe('web server: requests from other sites (CSRF)', () => {
  it('refuses a POST whose Origin is another site, with a clear message, before reading its body', async () => {
    const refused = await check({ origin: 'https://evil.example', 'accept-language': 'ru' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: 'crossSite',
      message: 'Отклонено: запрос пришел со страницы другого сайта. Отправьте его со страницы самой программы.',
    });
    for (const origin of ['null', 'http://localhost:9999', 'http://localhost.evil.example:8080', 'file://'])
      expect((await check({ origin })).statusCode).toBe(403);
    expect((await check({ origin: `http://${own}` })).statusCode).toBe(200);
  });

  it('without an Origin: refuses Sec-Fetch-Site cross-site or same-site, and a Referer from elsewhere; lets a request with neither through (curl)', async () => {
    expect((await check({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await check({ 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    expect((await check({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    expect((await check({ referer: 'https://evil.example/page.html' })).statusCode).toBe(403);
    expect((await check({ referer: `http://${own}/#forms` })).statusCode).toBe(200);
    expect((await check({})).statusCode).toBe(200);
  });

  it('refuses a cross-site XLIFF import and writes nothing; the same import from the app is written', async () => {
    const before = readFileSync(join(localesDir, 'ru', 'web.json'), 'utf8');
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const response = await app.inject({ method: 'POST', url: '/api/locales/xliff', payload: await xliffUpload(), headers: { host: own, ...headers } });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('crossSite');
    }
    expect(readFileSync(join(localesDir, 'ru', 'web.json'), 'utf8')).toBe(before);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/locales/xliff',
      payload: await xliffUpload(),
      headers: { host: own, origin: `http://${own}` },
    });
    expect(accepted.json()).toMatchObject({ ok: true, changed: 1 });
  });

  it('guards every POST: render, preview, parse, regulation check', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    for (const [url, payload] of [
      ['/api/forms/kz-a-evaluation-sheet/render', { data, lang: 'kk', format: 'pdf' }],
      ['/api/forms/kz-a-evaluation-sheet/preview', { data, langs: ['kk'] }],
      ['/api/forms/kz-a-evaluation-sheet/parse', { text: '{}', format: 'json' }],
      ['/api/regulation/check', { text: '1. Мәтін.' }],
    ] as const) {
      const response = await app.inject({ method: 'POST', url, payload, headers: { host: own, origin: 'https://evil.example' } });
      expect([url, response.statusCode]).toEqual([url, 403]);
    }
  });
});

describe('web server: host names (DNS rebinding)', () => {
  it('answers localhost, the loopback addresses and the names it was told, and refuses any other host name', async () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'LOCALHOST', 'qujat.hr.example:8080']) {
      expect([host, (await app.inject({ url: '/api/forms', headers: { host } })).statusCode]).toEqual([host, 200]);
    }
    const rebound = await app.inject({ url: '/api/forms', headers: { host: 'attacker.example:8080', 'accept-language': 'kk' } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().error.code).toBe('badHost');
    expect(rebound.json().error.message).toContain('«attacker.example»');
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/locales/xliff',
          payload: await xliffUpload(),
          headers: { host: 'attacker.example:8080', origin: 'http://attacker.example:8080' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers the address it is bound to, on a real socket', async () => {
    const server = await createServer();
    try {
      const address = await server.listen({ port: 0, host: '127.0.0.1' });
      const port = new URL(address).port;
      expect((await fetch(`${address}/api/forms`)).status).toBe(200);
      // Node's fetch cannot forge Host; a raw request can.
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/api/forms', headers: { host: `rebound.example:${port}` } }, (response) => {
          response.resume();
          resolve(response.statusCode!);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

describe('web server: error replies', () => {
  it('gives a browser navigating to a bad address a small localized HTML page (same CSP, no script), and the API JSON', async () => {
    const page = await app.inject({
      url: '/no-such-page',
      headers: { host: own, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<html lang="ru">');
    expect(page.body).toContain('<h1>Ошибка 404</h1>');
    expect(page.body).toContain('Не найдено: /no-such-page');
    expect(page.body).toContain('<a href="/">Вернуться на главную страницу</a>');
    expect(page.body).not.toMatch(/<script|style=/);
    const escaped = await app.inject({ url: '/%3Cimg%20src=x%3E', headers: { host: own, accept: 'text/html' } });
    expect(escaped.body).not.toContain('<img');
    const badParam = await app.inject({ url: '/api/forms/no-such-form', headers: { host: own, accept: 'text/html', 'accept-language': 'kk' } });
    expect(badParam.statusCode).toBe(404);
    expect(badParam.body).toContain('<h1>Қате 404</h1>');
    expect(badParam.body).toContain('«no-such-form» нысаны жоқ.');
    for (const accept of ['application/json', '*/*', 'application/json, text/html']) {
      const api = await app.inject({ url: '/no-such-page', headers: { host: own, accept } });
      expect(api.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(api.json().error.code).toBe('notFound');
    }
  });

  it("logs a server error (5xx) to stderr with the route and where in the code, never the request's data", async () => {
    const server = await createServer();
    server.post('/api/fails/:id', async () => {
      throw new Error('secret from the body: Ахметова Айгерім');
    });
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const response = await server.inject({
        method: 'POST',
        url: '/api/fails/123456789?iin=880101300123',
        payload: { fullName: 'Ахметова Айгерім' },
        headers: { 'accept-language': 'en' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('internal');
    } finally {
      spy.mockRestore();
      await server.close();
    }
    const log = written.join('');
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z qujat serve: 500 POST \/api\/fails\/:id: Error\n\s+at /);
    expect(log).not.toMatch(/Ахметова|secret|123456789|880101300123/);
  });
});
