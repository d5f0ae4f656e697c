import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts every document is set in, from an npm package (never from the machine): Tinos, metrically
 * identical to Times New Roman (the typeface of official documents), with all Kazakh and Kyrgyz letters.
 * PDF embeds Tinos; DOCX names Times New Roman, so that Word lays the text out with the same metrics.
 */
export const pdfFontFamily = 'Tinos';
export const docxFontFamily = 'Times New Roman';

export const fontFiles = {
  normal: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italics: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  bolditalics: require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'),
} as const;
