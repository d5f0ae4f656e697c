import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadExample } from '../helpers/example.js';
import { startWebApp } from '../helpers/web.js';

let app: FastifyInstance;
let address: string;
beforeAll(async () => {
  ({ app, address } = await startWebApp());
});
afterAll(async () => {
  await app.close();
});

describe('web server under load', () => {
  it('answers 200 concurrent render requests on loopback, each its own PDF, with bounded memory', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    const renderOne = async (index: number) => {
      const body = JSON.stringify({
        data: { ...data, person: { ...data.person, fullName: `Сынақ ${index}` } },
        lang: (['kk', 'ru', 'ky'] as const)[index % 3],
        format: index % 2 === 0 ? 'pdf' : 'docx',
      });
      const response = await fetch(`${address}/api/forms/kz-a-evaluation-sheet/render`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
    };
    await renderOne(0); // warm: fonts and templates loaded once
    const before = process.memoryUsage();
    const results = await Promise.all(Array.from({ length: 200 }, (_, index) => renderOne(index)));
    const after = process.memoryUsage();
    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    results.forEach((result, index) => {
      expect(result.type).toBe(index % 2 === 0 ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(new TextDecoder().decode(result.bytes.subarray(0, 4))).toBe(index % 2 === 0 ? '%PDF' : 'PK\u0003\u0004');
    });
    // Generous bounds: 200 documents of ~100 KB held at once, plus the renderers' working memory.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(600 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(1024 * 1024 * 1024);
    expect((await fetch(`${address}/api/forms`)).status).toBe(200);
  }, 120_000);
});
