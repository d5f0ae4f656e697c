import type { Translator } from '../../core/i18n/index.js';
import type { Block, Cell, Paragraph, Run } from '../../render/index.js';
import type { RegulationReply } from './check-regulation-upload.js';

const paragraph = (text: string, role: Paragraph['role'] = 'body', align: Paragraph['align'] = 'left'): Paragraph => ({
  kind: 'paragraph',
  runs: [{ text }],
  align,
  role,
});
const cell = (text: string, align: Cell['align'] = 'left', bold = false): Cell => ({
  runs: [{ text, ...(bold && { bold }) } satisfies Run],
  align,
  colSpan: 1,
});

/**
 * The regulation check's printable report, in the UI language: its title, the draft's name, the summary the page
 * shows (country, document language, the date checked as of and where it came from, the counts), and each finding
 * with its place, severity, rule, text and what to do. The same findings as the page and the JSON/SARIF reports.
 */
export function buildCheckReport(reply: RegulationReply, draftName: string, translator: Translator): Block[] {
  // The choices' codes after their texts («тиімді» ("effective")) are for developers: only the English report keeps them.
  const withoutCodes = (text: string) => (translator.lang === 'en' ? text : text.replace(/»\s*\("[^"\n]*"\)/g, '»'));
  const [year, month, day] = reply.asOf.split('-');
  const summary = translator.t('regulation.summaryNamed', 'web', {
    profile: translator.t(`regulation.profile.${reply.profile}`, 'web'),
    lang: translator.find(`language.${reply.lang}`, 'web') ?? reply.lang,
    date: translator.t('format.date', 'web', { year, month, day }),
    dateFrom: translator.t(`regulation.dateFrom.${reply.dateFrom}`, 'web'),
    count: reply.total,
    errors: reply.errors,
  });
  const blocks: Block[] = [
    paragraph(translator.t('regulation.report.title', 'web'), 'title', 'center'),
    paragraph(`${translator.t('regulation.report.draft', 'web')}: ${draftName}`),
    paragraph(summary),
  ];
  if (reply.omitted > 0) blocks.push(paragraph(translator.t('regulation.omitted', 'web', { count: reply.omitted, shown: reply.problems.length }), 'note'));
  if (reply.problems.length === 0) return [...blocks, paragraph(translator.t('regulation.report.none', 'web'))];
  blocks.push({
    kind: 'table',
    widths: [5, 11, 15, 17, 31, 21],
    header: [
      translator.t('regulation.report.number', 'web'),
      translator.t('regulation.report.place', 'web'),
      translator.t('regulation.severity', 'web'),
      translator.t('regulation.rule', 'web'),
      translator.t('regulation.report.message', 'web'),
      translator.t('regulation.report.fix', 'web'),
    ].map((text) => cell(text, 'center', true)),
    rows: reply.problems.map((problem, index) => [
      cell(String(index + 1), 'center'),
      cell(`${translator.t('regulation.line', 'web')} ${problem.place.line ?? '—'}:${problem.place.column ?? 1}`),
      cell(translator.t(`severity.${problem.severity}`, 'web')),
      cell(translator.find(`regulation.ruleName.${problem.ruleId}`, 'web') ?? problem.ruleId),
      cell(withoutCodes(problem.message)),
      cell(problem.fix ? withoutCodes(problem.fix.description) : ''),
    ]),
  });
  return blocks;
}
