import { readFileSync } from 'node:fs';

import type { FastifyInstance } from 'fastify';

import { createDocumentCss, fontFiles, htmlFontNames } from '../../render/index.js';
import { loadClientBundle } from './client-bundle.js';
import { createIndexPage } from './index-page.js';

/** The fonts by the name the stylesheets ask for: a fixed list, never a path from the request. */
const fonts = new Map<string, string>(Object.entries(htmlFontNames).map(([style, name]) => [name, fontFiles[style as keyof typeof fontFiles]]));
const fontBytes = new Map<string, Buffer>();

/** The page, the bundled script and stylesheet, the preview's stylesheet and the Tinos font files. */
export async function registerAssetRoutes(app: FastifyInstance): Promise<void> {
  const client = await loadClientBundle();
  const page = createIndexPage();
  const documentCss = createDocumentCss('/assets/fonts');
  const cache = 'no-cache';
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', cache).send(page));
  app.get('/assets/app.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', cache).send(client.script));
  app.get('/assets/app.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', cache).send(client.style));
  app.get('/assets/document.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', cache).send(documentCss));
  app.get<{ Params: { name: string } }>(
    '/assets/fonts/:name',
    {
      schema: { params: { type: 'object', required: ['name'], properties: { name: { type: 'string', enum: [...fonts.keys()] } } } },
    },
    async (request, reply) => {
      const name = request.params.name;
      let bytes = fontBytes.get(name);
      if (!bytes) {
        bytes = readFileSync(fonts.get(name)!);
        fontBytes.set(name, bytes);
      }
      return reply.type('font/ttf').header('cache-control', 'max-age=86400').send(bytes);
    },
  );
}
