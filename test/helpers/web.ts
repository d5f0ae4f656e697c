import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../src/web/index.js';

/** The web app listening on a free loopback port. */
export async function startWebApp(options: ServerOptions = {}): Promise<{ app: FastifyInstance; address: string }> {
  const app = await createServer(options);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, address };
}

/** Debian's Chromium, headless, with a fresh profile and no network but loopback; never a downloaded browser. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'qujat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
