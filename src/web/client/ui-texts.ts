export type UiLang = 'kk' | 'ru' | 'ky' | 'en';

export const uiLangs: readonly UiLang[] = ['kk', 'ru', 'ky', 'en'];

type Texts = { [key: string]: string | Texts };

/**
 * The interface's texts of one language (the `web` namespace of the locale files). `t(key, 'web')` names its
 * namespace like the server code does, so that `qujat locales check` finds every key the client uses.
 */
export class UiTexts {
  constructor(
    readonly lang: UiLang,
    private readonly texts: Texts,
  ) {}

  find(key: string, _namespace: 'web', values: Record<string, unknown> = {}): string | undefined {
    let node: string | Texts | undefined = this.texts;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? '')) : undefined;
  }

  t(key: string, namespace: 'web', values: Record<string, unknown> = {}): string {
    return this.find(key, namespace, values) ?? key;
  }

  /** An ISO date (2026-01-20) as the UI language writes dates (`format.date`: "{{day}}.{{month}}.{{year}}"). */
  date(iso: string): string {
    const [year, month, day] = iso.split('-');
    return this.find('format.date', 'web', { year, month, day }) ?? iso;
  }

  /** A language's name in the UI language (`ru` → «орысша» in kk): codes are for developers. */
  language(lang: string): string {
    return this.find(`language.${lang}`, 'web') ?? lang;
  }

  /**
   * A message without the codes a server text puts after each choice for developers (`«тиімді» ("effective")`):
   * the UI's language shows the choice's text only; the English UI keeps the codes.
   */
  withoutCodes(text: string): string {
    return this.lang === 'en' ? text : text.replace(/»\s*\("[^"\n]*"\)/g, '»');
  }

  /** A number as the UI language writes it (decimal comma in kk, ru, ky), with `decimals` when given (96,00). */
  number(value: number, decimals?: number): string {
    const text = decimals === undefined ? String(value) : value.toFixed(decimals);
    return this.lang === 'en' ? text : text.replace('.', ',');
  }
}
