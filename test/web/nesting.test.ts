import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dataNestingLimit, parseData, textNestsDeeper, valueNestsDeeper } from '../../src/core/data/index.js';
import { createServer } from '../../src/web/index.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

const brackets = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('data nested too deeply', () => {
  it('is measured without parsing, skipping quoted text and comments', () => {
    expect(textNestsDeeper(brackets(dataNestingLimit))).toBe(false);
    expect(textNestsDeeper(brackets(dataNestingLimit + 1))).toBe(true);
    expect(textNestsDeeper(JSON.stringify({ text: '['.repeat(500) }))).toBe(false);
    expect(textNestsDeeper(`a: '${'{'.repeat(500)}'\nb: it's [1]\n# ${'['.repeat(500)}\n`)).toBe(false);
    expect(textNestsDeeper(`a: "x\\"${'['.repeat(10)}"\nb: ${'{a: '.repeat(100)}1${'}'.repeat(100)}`)).toBe(true);
    expect(parseData(brackets(100_000), 'yaml').problems.map((problem) => problem.message)).toEqual([`Nested deeper than ${dataNestingLimit} levels`]);
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(valueNestsDeeper(deep)).toBe(true);
    expect(valueNestsDeeper({ a: [{ b: [1, 2] }] })).toBe(false);
  });

  it.each(['json', 'yaml'] as const)('is refused by /parse as %s with a localized message', async (format) => {
    const text = brackets(400_000);
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/kz-a-evaluation-sheet/parse',
      headers: { 'accept-language': 'ru' },
      payload: { text, format },
    });
    expect(response.statusCode).toBe(200);
    const { problems } = response.json();
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('файл данных не читается: данные вложены слишком глубоко (более 64 уровней скобок)');
    expect(problems[0].expected).toBe('уменьшите вложенность данных: данным формы нужно лишь несколько уровней');
  });

  it.each(['check', 'preview', 'render'])('is refused by /%s with 400, not a server error', async (route) => {
    const rest = { check: '', preview: ',"langs":["kk"]', render: ',"lang":"kk","format":"pdf"' }[route];
    const payload = `{"data":{"a":${brackets(200_000)}}${rest}}`;
    const response = await app.inject({
      method: 'POST',
      url: `/api/forms/kz-a-evaluation-sheet/${route}`,
      headers: { 'content-type': 'application/json', 'accept-language': 'kk' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({ code: 'tooDeep', message: 'Деректер тым терең кірістірілген (64 деңгейден артық), сондықтан оқылмады.' });
  });
});
