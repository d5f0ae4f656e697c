declare module 'xliff' {
  interface XliffUnit {
    source: string;
    target?: string;
    note?: string;
  }
  interface XliffDocument {
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  const xliff: {
    js2xliff(document: XliffDocument): Promise<string>;
    jsToXliff12(document: XliffDocument): Promise<string>;
    xliff2js(text: string): Promise<XliffDocument>;
    xliff12ToJs(text: string): Promise<XliffDocument>;
  };
  export default xliff;
}
