import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { createServer } from '../../src/web/index.js';
import { staffSheet } from '../batch/batch-helpers.js';
import { loadExample } from '../helpers/example.js';
import { toMultipart } from '../helpers/web.js';

let app: FastifyInstance;
let locales: string;
/** Called when a request's handler is about to run (after its body was read), by its URL. */
const started = new Map<string, () => void>();

beforeAll(async () => {
  locales = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
  cpSync(projectPaths.locales, locales, { recursive: true });
  app = await createServer({ localesDir: locales, headersTimeout: 300 });
  app.addHook('preHandler', async (request) => started.get(request.url)?.());
});

afterAll(async () => {
  await app.close();
  rmSync(locales, { recursive: true, force: true });
});

/** A regulation of many structural units: the PDF, the preview and the check all walk each one. */
const regulation = (units: number) => ({ ...loadExample('kz-hr-regulation'), units: Array.from({ length: units }, (_, index) => `${index + 1}-бөлімнен`) });
/** The largest regulation the schema accepts (50 units, 100 added functions of 300 characters): a long PDF, yet valid data. */
const largestRegulation = () => ({
  ...regulation(50),
  additionalFunctions: Array.from({ length: 100 }, (_, index) =>
    `${index + 1}) ${'мемлекеттік органның кадр саясатын іске асыруға қатысу, '.repeat(6)}`.slice(0, 300),
  ),
});

/** An XLIFF of many units (unknown keys: read whole, then refused). */
function bigXliff(units: number): Buffer {
  const body = Array.from(
    { length: units },
    (_, index) => `<unit id="k${index}"><segment><source>мәтін ${index}</source><target>текст ${index}</target></segment></unit>`,
  ).join('\n');
  return Buffer.from(
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="kk" trgLang="ru">\n<file id="cli">\n${body}\n</file>\n</xliff>\n`,
  );
}

const heavy: [string, string, () => object][] = [
  [
    'parse of a 600 KB JSON array',
    '/api/forms/kz-b-sheet-staff/parse',
    () => ({
      payload: {
        format: 'json',
        text: JSON.stringify(
          Array.from({ length: 400 }, (_, index) => staffSheet(index)),
          null,
          2,
        ),
      },
    }),
  ],
  ['check of a regulation of 40,000 units', '/api/forms/kz-hr-regulation/check', () => ({ payload: { data: regulation(40_000) } })],
  ['preview of a regulation of 2,000 units', '/api/forms/kz-hr-regulation/preview', () => ({ payload: { data: regulation(2000), langs: ['kk'] } })],
  [
    'PDF of the largest regulation the schema accepts',
    '/api/forms/kz-hr-regulation/render',
    () => ({ payload: { data: largestRegulation(), lang: 'kk', format: 'pdf' } }),
  ],
  [
    'XLIFF import of 50,000 units',
    '/api/locales/xliff',
    () => ({ payload: toMultipart({ lang: 'ru', file: { bytes: bigXliff(50_000), name: 'big.xliff' } }) }),
  ],
];

describe('web server: one request never stalls the others', () => {
  it.each(heavy)(
    'a GET is answered while a %s runs (the GET finishes first)',
    async (_name, url, request) => {
      const order: string[] = [];
      const handlerStarts = new Promise<void>((resolve) => started.set(url, resolve));
      const running = app.inject({ method: 'POST', url, ...request() }).then((reply) => {
        order.push('heavy');
        return reply;
      });
      await handlerStarts;
      started.delete(url);
      const get = await app.inject({ url: '/api/forms' });
      order.push('get');
      expect(get.statusCode).toBe(200);
      const reply = await running;
      expect(order).toEqual(['get', 'heavy']);
      // The heavy request did its work: a reply of its own kind, not a refusal for time or memory.
      expect([200, 422]).toContain(reply.statusCode);
      if (url.endsWith('/render')) expect(reply.headers['content-type']).toBe('application/pdf');
      if (url.endsWith('/xliff')) expect(reply.json().messages[0]).toMatch(/^import\.xliff:3: /);
    },
    120_000,
  );

  it('refuses a task that runs past its time limit with a clear message, and keeps serving', async () => {
    const hurried = await createServer({ workTimeout: 1 });
    try {
      const stopped = await hurried.inject({
        method: 'POST',
        url: '/api/forms/kz-hr-regulation/render',
        payload: { data: regulation(10), lang: 'kk', format: 'pdf' },
        headers: { 'accept-language': 'en' },
      });
      expect(stopped.statusCode).toBe(503);
      expect(stopped.json().error).toEqual({
        code: 'workTimeout',
        message: 'The request took more than 1 s and was stopped: the data or the file is too large or too complex.',
      });
      expect((await hurried.inject({ url: '/api/forms' })).statusCode).toBe(200);
    } finally {
      await hurried.close();
    }
  });
});

describe('web server: malformed requests and slow clients', () => {
  const message = { code: 'badMultipart', message: 'The upload arrived incomplete or malformed. Choose the file again and send it again.' };

  it('answers a multipart body cut short with 400 and a clear message', async () => {
    const cut =
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="ru.xliff"\r\nContent-Type: application/octet-stream\r\n\r\n<xliff version="2.0">';
    for (const url of ['/api/locales/xliff', '/api/regulation/check']) {
      const reply = await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'multipart/form-data; boundary=XyZ', 'accept-language': 'en' },
        payload: cut,
      });
      expect(reply.statusCode).toBe(400);
      expect(reply.json().error).toMatchObject(message);
    }
  });

  it('answers multipart/form-data without a boundary with 400 and a clear message', async () => {
    const reply = await app.inject({
      method: 'POST',
      url: '/api/locales/xliff',
      headers: { 'content-type': 'multipart/form-data', 'accept-language': 'en' },
      payload: 'file=abc',
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error).toMatchObject(message);
  });

  it('closes a connection that sends its headers a byte at a time once the header timeout has passed', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const socket = connect(Number(port), '127.0.0.1');
    const request = `GET /api/forms HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(10_000)}`;
    let sent = 0;
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    // One byte at a time, never finishing the headers, until the server closes the connection.
    const drip = setInterval(() => {
      if (!socket.destroyed && sent < request.length) socket.write(request[sent++]!);
    }, 5);
    socket.on('error', () => undefined);
    await closed;
    clearInterval(drip);
    expect(sent).toBeLessThan(request.length);
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);
});

it('the refused XLIFF import changed no locale file', () => {
  expect(readFileSync(join(locales, 'ru', 'cli.json'), 'utf8')).toBe(readFileSync(join(projectPaths.locales, 'ru', 'cli.json'), 'utf8'));
});
