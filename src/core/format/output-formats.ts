/** The formats a document is rendered to. */
export const outputFormats = ['pdf', 'docx'] as const;
export type OutputFormat = (typeof outputFormats)[number];
