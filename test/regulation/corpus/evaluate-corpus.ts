import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkRegulation, readRegulation, type RegulationFinding } from '../../../src/regulation/index.js';

export const corpusDir = 'test/fixtures/regulations';

/** A defect written down by hand in a draft's `<stem>.expected.json` (see the corpus README). */
export interface ExpectedFinding {
  ruleId: string;
  line?: number;
  word?: string;
  fix?: string;
  section?: string;
  clause?: string;
}

export interface ExpectedReport {
  profile: 'kz' | 'kg';
  lang: string;
  date?: string;
  exit?: number;
  findings: ExpectedFinding[];
}

/** One file of the corpus: a draft as written (`md`, `txt`), made from it (`docx`, `lo.docx`, a `txt` from an `md`), or a
 * Word file made by hand alongside its `txt` (`word.docx`). */
export interface CorpusFile {
  stem: string;
  file: string;
  format: 'md' | 'txt' | 'docx' | 'lo.docx' | 'word.docx';
  /** The file the expected line numbers count in. */
  source: string;
  expected: ExpectedReport;
}

/** Every draft of the corpus in every format it exists in (of the formats asked for, by default all). */
export function listCorpus(dir = corpusDir, only: readonly CorpusFile['format'][] = ['md', 'txt', 'docx', 'lo.docx', 'word.docx']): CorpusFile[] {
  const names = readdirSync(dir);
  return names
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const stem = name.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExpectedReport;
      const source = [`${stem}.md`, `${stem}.txt`].find((candidate) => names.includes(candidate))!;
      const formats = only.filter((format) => names.includes(`${stem}.${format}`));
      return formats.map((format) => ({ stem, file: join(dir, `${stem}.${format}`), format, source: join(dir, source), expected }));
    });
}

/**
 * Where a line of the draft as written stands in a DOCX made from it: the paragraphs are its non-blank lines. A hand-made
 * Word file's `txt` is its paragraphs one for one (an empty paragraph an empty line, then the footnotes).
 */
function mapLine(sourceText: string, format: CorpusFile['format']): (line: number) => number {
  if (format === 'md' || format === 'txt' || format === 'word.docx') return (line) => line;
  const ranks: number[] = [];
  let count = 0;
  sourceText.split(/\r\n?|\n/).forEach((text, index) => {
    if (text.trim() !== '') count += 1;
    ranks[index + 1] = count;
  });
  return (line) => ranks[line] ?? line;
}

export interface DraftResult {
  file: CorpusFile;
  refused: boolean;
  detected?: { profile: string; lang: string };
  findings: RegulationFinding[];
  /** Pairs matched, and what was left on each side. */
  matched: { expected: ExpectedFinding; actual: RegulationFinding }[];
  missed: ExpectedFinding[];
  extra: RegulationFinding[];
}

const bySection = new Set(['section-missing', 'section-empty', 'section-too-few-items', 'section-order']);

function matches(expected: ExpectedFinding, actual: RegulationFinding, line: (line: number) => number): boolean {
  if (expected.ruleId !== actual.ruleId) return false;
  const values = actual.values ?? {};
  if (expected.ruleId === 'not-hr-regulation') return true;
  if (expected.ruleId === 'clause-missing') return expected.clause === undefined || expected.clause === values.clause;
  if (expected.ruleId === 'section-missing') return expected.section === values.section;
  if (bySection.has(expected.ruleId) && expected.section !== undefined && expected.section === values.section) return true;
  if (expected.line === undefined || line(expected.line) !== actual.line) return false;
  // A fix written down must be the fix offered: a wrong correction is no true finding.
  // (A name's fix may hold the country's part where the draft left it out: «… Министрлер Кабинетине караштуу …».)
  // A word with foreign letters may come without a fix (no certain letter: a Kyrgyz word in a Kazakh text), never with a wrong one.
  const fix = String(actual.fix ?? '');
  const comparesFix = ['mixed-script', 'outdated-name'].includes(expected.ruleId) || (expected.ruleId === 'foreign-letters' && actual.fix !== undefined);
  if (expected.fix !== undefined && comparesFix && !(fix === expected.fix || fix.endsWith(` ${expected.fix}`))) return false;
  return expected.word === undefined || !['mixed-script', 'foreign-letters'].includes(expected.ruleId) || expected.word === values.word;
}

/** Checks one file as a user would (profile and language detected, the expected report's date if it gives one) and pairs its findings with the expected ones. */
export async function evaluateFile(file: CorpusFile): Promise<DraftResult> {
  const read = await readRegulation(file.file);
  if (!read.ok) throw new Error(`${file.file}: ${read.detail}`);
  const result = checkRegulation(read.lines, { ...(file.expected.date && { asOf: file.expected.date }), today: '2026-06-01', uiLang: 'en', file: file.file });
  const findings = result.ok ? result.findings : [];
  const line = mapLine(readFileSync(file.source, 'utf8'), file.format);
  const left = [...findings];
  const matched: DraftResult['matched'] = [];
  const missed: ExpectedFinding[] = [];
  // Findings with a line first, so that a finding matched by its section alone does not take another's place.
  const expectedFindings = [...file.expected.findings].sort((a, b) => Number(a.line === undefined) - Number(b.line === undefined));
  for (const expected of expectedFindings) {
    const index = left.findIndex((actual) => matches(expected, actual, line));
    if (index < 0) missed.push(expected);
    else matched.push({ expected, actual: left.splice(index, 1)[0]! });
  }
  return { file, refused: !result.ok, ...(result.ok && { detected: { profile: result.profile, lang: result.lang } }), findings, matched, missed, extra: left };
}

export interface RuleFigures {
  ruleId: string;
  found: number;
  expected: number;
  truePositives: number;
  precision: number;
  recall: number;
}

/** Precision (true findings / all findings) and recall (true findings / all planted defects), per rule and overall. */
export function summarize(results: DraftResult[]): { rules: RuleFigures[]; overall: RuleFigures } {
  const ids = [
    ...new Set(
      results.flatMap((result) => [...result.findings.map((finding) => finding.ruleId), ...result.file.expected.findings.map((finding) => finding.ruleId)]),
    ),
  ].sort();
  const figures = (filter: (ruleId: string) => boolean, ruleId: string): RuleFigures => {
    const found = results.flatMap((result) => result.findings).filter((finding) => filter(finding.ruleId)).length;
    const expected = results.flatMap((result) => result.file.expected.findings).filter((finding) => filter(finding.ruleId)).length;
    const truePositives = results.flatMap((result) => result.matched).filter((pair) => filter(pair.expected.ruleId)).length;
    return {
      ruleId,
      found,
      expected,
      truePositives,
      precision: found === 0 ? 1 : truePositives / found,
      recall: expected === 0 ? 1 : truePositives / expected,
    };
  };
  return { rules: ids.map((id) => figures((ruleId) => ruleId === id, id)), overall: figures(() => true, 'overall') };
}
