import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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

export interface BrowserSession {
  app: FastifyInstance;
  address: string;
  context: BrowserContext;
}

/** The web app and Chromium for a test file: started before its tests, closed after; its fields filled by then. */
export function useBrowserSession(timeout: number): BrowserSession {
  const session = {} as BrowserSession;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    Object.assign(session, await startWebApp());
    const browser = await launchChromium();
    session.context = browser.context;
    closeBrowser = browser.close;
  }, timeout);
  afterAll(async () => {
    await closeBrowser?.();
    await session.app?.close();
  });
  return session;
}

/** A multipart body for `inject`: text fields, and files given as bytes with a name. */
export function toMultipart(fields: Record<string, string | { bytes: Uint8Array; name: string }>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value.bytes)]), value.name);
  }
  return form;
}

/** The forms page in a UI language with a form chosen, as a returning user would find it (saved settings, then a reload). */
export async function showForm(page: Page, address: string, form: string, uiLang: string): Promise<void> {
  await page.goto(`${address}/`);
  await page.evaluate(
    ([lang, id]) => {
      localStorage.clear();
      localStorage.setItem('qujat.uiLang', JSON.stringify(lang));
      localStorage.setItem('qujat.form', JSON.stringify(id));
    },
    [uiLang, form],
  );
  await page.reload();
  await page.locator('#page-forms[data-ready]').waitFor();
  await page.waitForFunction((id) => (document.querySelector('#form-select') as HTMLSelectElement | null)?.value === id, form);
}
