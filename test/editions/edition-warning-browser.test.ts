import type { FastifyInstance } from 'fastify';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, startWebApp } from '../helpers/web.js';
import { dates, exampleOn } from './affected-forms.js';

const timeout = 60_000;
let app: FastifyInstance;
let address: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ app, address } = await startWebApp());
  ({ context, close: closeBrowser } = await launchChromium());
}, timeout);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('web app in Chromium: the edition warning beside the preview', () => {
  it(
    'shows the act and its date above the preview for a sheet dated after 11.07.2026, and hides it for one dated before',
    async () => {
      const page = await context.newPage();
      await page.goto(`${address}/#forms`);
      await page.evaluate(
        (data) => {
          localStorage.setItem('qujat.form', JSON.stringify('kz-b-sheet-staff'));
          localStorage.setItem('qujat.data.kz-b-sheet-staff', JSON.stringify(data));
        },
        exampleOn('kz-b-sheet-staff', dates.after),
      );
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      const warning = page.locator('#edition-warnings .problem[data-rule="edition-outdated"]');
      await warning.waitFor();
      // In the interface language (Kazakh, the app's first): the act, the day it comes into force, the edition used.
      expect(await warning.textContent()).toBe(
        'ескерту: 11.07.2026 бастап қолданысқа енгізілген Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының 2026 жылғы 31 наурыздағы № 52 бұйрығы «Б» корпусы үлгілік әдістемесінің 2-қосымшасын (осы парақ) және оның 4, 5 және 18-тармақтарын өзгертеді; 12.07.2026 күнгі бұл құжат бұл өзгерістер енгізілмеген 28.07.2025 редакциясында жасалады — 12.07.2026 күні қолданыстағы редакция: қол қойғанға дейін құжатты бұйрықпен салыстырыңыз (бұйрықтың мәтіні жарияланғанда qujat жаңа редакцияны қосады)',
      );
      // The preview is still there, beside it.
      await page.locator('#preview:not([hidden])').waitFor();
      await page.fill('[data-control="/date"]', dates.before);
      await page.locator('#edition-warnings').waitFor({ state: 'hidden' });
      expect(await page.locator('#edition-warnings .problem').count()).toBe(0);
      await page.close();
    },
    timeout,
  );
});
