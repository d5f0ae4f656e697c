/** Languages of the documents. */
export const documentLanguages = ['kk', 'ru', 'ky'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

/** Languages of messages and the interface: the document languages, and English for developers. */
export const uiLanguages = ['kk', 'ru', 'ky', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isDocumentLanguage(value: string): value is DocumentLanguage {
  return (documentLanguages as readonly string[]).includes(value);
}

export function isUiLanguage(value: string): value is UiLanguage {
  return (uiLanguages as readonly string[]).includes(value);
}

/** A document language, or two joined by `+` for a bilingual document (`kk+ru`). */
export type DocumentVersion = DocumentLanguage | `${DocumentLanguage}+${DocumentLanguage}`;

/** Every document version: each language, and each ordered pair of two languages. */
export const documentVersions: readonly DocumentVersion[] = [
  ...documentLanguages,
  ...documentLanguages.flatMap((a) => documentLanguages.filter((b) => b !== a).map((b): DocumentVersion => `${a}+${b}`)),
];
