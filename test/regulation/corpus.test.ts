import { describe, expect, it } from 'vitest';

import { type CorpusFile, type DraftResult, evaluateFile, listCorpus, summarize } from './corpus/evaluate-corpus.js';

const files = listCorpus();
const results: DraftResult[] = [];

/** A finding as the same draft in another format must give it: rule, the line as written, and what it is about. */
function keyOf(result: DraftResult, finding: DraftResult['findings'][number]): string {
  const values = finding.values ?? {};
  const line = lineInSource(result.file, finding.line);
  return [finding.ruleId, line, values.section ?? '', values.clause ?? '', values.word ?? '', values.name ?? '', finding.fix ?? ''].join('|');
}

/**
 * The line of the draft as written that a DOCX paragraph stands for: a DOCX made from it has its non-blank lines as
 * paragraphs; a hand-made Word file's `.txt` is its paragraphs one for one.
 */
function lineInSource(file: CorpusFile, line: number): number {
  if (file.format === 'md' || file.format === 'txt' || file.format === 'word.docx') return line;
  const lines = sourceLines.get(file.source)!;
  let count = 0;
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]!.trim() !== '') count += 1;
    if (count === line) return index + 1;
  }
  return line;
}

const sourceLines = new Map<string, string[]>();

describe('the regulation check on the corpus of drafts (test/fixtures/regulations)', async () => {
  const { readFileSync } = await import('node:fs');
  for (const file of files) {
    if (!sourceLines.has(file.source)) sourceLines.set(file.source, readFileSync(file.source, 'utf8').split(/\r\n?|\n/));
    results.push(await evaluateFile(file));
  }
  const drafts = [...new Set(files.map((file) => file.stem))];

  it('holds at least 40 drafts in kk, ru and ky as .md, .txt and .docx, some saved by LibreOffice, and texts that are no HR-service regulation', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['kk', 'ru', 'ky']) expect(drafts.filter((stem) => stem.endsWith(`.${lang}`)).length).toBeGreaterThanOrEqual(10);
    for (const format of ['md', 'txt', 'docx'] as const) expect(files.filter((file) => file.format === format).length).toBeGreaterThanOrEqual(20);
    expect(files.filter((file) => file.format === 'lo.docx').length).toBeGreaterThanOrEqual(5);
    expect(files.filter((file) => file.format === 'word.docx').length).toBeGreaterThanOrEqual(20);
    expect(drafts.filter((stem) => stem.startsWith('other-') && !/\.(en|xx)$/.test(stem)).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the planted defects with precision ≥ 0.97 and recall ≥ 0.95 overall, and ≥ 0.9 for every rule', () => {
    const { rules, overall } = summarize(results);
    expect(overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
    const weak = rules
      .filter((rule) => rule.precision < 0.9 || rule.recall < 0.9)
      .map((rule) => `${rule.ruleId}: ${rule.precision.toFixed(2)} / ${rule.recall.toFixed(2)}`);
    expect(weak).toEqual([]);
  });

  it("refuses exactly the texts in no supported language, and detects the others' country and language", () => {
    expect(results.filter((result) => result.refused !== (result.file.expected.exit === 2)).map((result) => result.file.file)).toEqual([]);
    const wrong = results.filter(
      (result) => result.detected && (result.detected.profile !== result.file.expected.profile || result.detected.lang !== result.file.expected.lang),
    );
    expect(wrong.map((result) => result.file.file)).toEqual([]);
  });

  it('gives the same findings for a draft as .md, .txt, .docx, the LibreOffice copy and a hand-made Word file', () => {
    const byStem = new Map<string, DraftResult[]>();
    for (const result of results) byStem.set(result.file.stem, [...(byStem.get(result.file.stem) ?? []), result]);
    const differences: string[] = [];
    for (const [stem, group] of byStem) {
      if (group.length < 2) continue;
      const [first, ...others] = group.map((result) => ({ format: result.file.format, keys: result.findings.map((finding) => keyOf(result, finding)).sort() }));
      for (const other of others) {
        if (JSON.stringify(other.keys) !== JSON.stringify(first!.keys))
          differences.push(
            `${stem}: ${first!.format} ${JSON.stringify(first!.keys.filter((key) => !other.keys.includes(key)))} vs ${other.format} ${JSON.stringify(other.keys.filter((key) => !first!.keys.includes(key)))}`,
          );
      }
    }
    expect([...byStem.values()].filter((group) => group.length > 1).length).toBeGreaterThanOrEqual(40);
    expect(differences).toEqual([]);
  });
});
