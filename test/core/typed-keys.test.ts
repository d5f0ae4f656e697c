import { describe, expect, it } from 'vitest';

import { createTranslator, dynamicKey } from '../../src/core/i18n/index.js';

describe('typed locale keys', () => {
  it('the compiler refuses a misspelt key of an interface namespace (checked by `npm run typecheck`)', () => {
    const translator = createTranslator('en');
    expect(translator.t('unknownForm', 'cli', { form: 'x' })).toBe('unknown form "x"; see `qujat forms` for the list');
    // @ts-expect-error: "unknwonForm" is not a key of locales/en/cli.json
    expect(translator.find('unknwonForm', 'cli')).toBeUndefined();
    // @ts-expect-error: "rule.no-such-rule.message" is not a key of locales/en/errors.json
    expect(translator.find('rule.no-such-rule.message', 'errors')).toBeUndefined();
    expect(translator.t(dynamicKey(`rule.${'period-order'}.message`), 'errors', { from: 'a', to: 'b' })).toBe('the period ends (b) before it starts (a)');
  });

  it('plural keys are typed by their base name', () => {
    expect(createTranslator('ru').t('summary', 'cli', { count: 3, errors: 3, warnings: 0 })).toBe('3 проблемы (ошибок: 3, предупреждений: 0)');
    expect(createTranslator('ru').t('summary', 'cli', { count: 5, errors: 5, warnings: 0 })).toBe('5 проблем (ошибок: 5, предупреждений: 0)');
  });
});

describe('a key that names a group of texts', () => {
  it('is no text: `find` gives nothing and `t` records it as missing', () => {
    const translator = createTranslator('kk');
    expect(translator.find('title', 'kz-a-agreement')).toBeUndefined();
    translator.t('title', 'kz-a-agreement');
    expect(translator.missing).toEqual(['kk:kz-a-agreement:title']);
  });
});
