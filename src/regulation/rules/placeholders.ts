import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

/**
 * Blanks: runs of underscores (two after «№»), of dots or ellipses, empty quotes, words in square brackets (a legal
 * text has none but a template's «[наименование органа]», «[количество]»), an instruction in brackets («(указать)»). A caption right after a blank («____ (наименование органа)») is the same
 * blank.
 */
const blank =
  /_{3,}|№\s*_{2,}|\.{4,}|…(?:\s*[.…]){1,}|«\s*»|"\s*"|“\s*”|\[[^\]\n\d]{0,80}\p{L}[^\]\n\d]{0,80}\]|\((?:указать|указывается|вписать|көрсету|көрсетілсін|көрсетіледі|көрсөтүлсүн|көрсөтүлөт)[^)\n]{0,60}\)/giu;
const caption = /^\s*\([^)\n]{1,80}\)/u;
/** What stands between the blanks of one date or number: quotes, «№», a year, «жылғы», «года». */
const dateBetween = /^[\s«»"“”№.,\d-]*(?:жылғы|жылдын|года|г\.)?[\s«»"“”№.,\d-]*$/u;

/** Blanks of a template left unfilled in the text (the approval stamp and signature lines are filled when the act is signed). */
export const placeholders: RegulationRule = {
  id: 'placeholders',
  ids: ['placeholder'],
  severities: ['error'],
  messageKeys: ['regulation.placeholder'],
  doc: 'A blank left to fill in (underscores, dots, «[…]», «XXX»).',
  check(context) {
    for (const line of context.lines) {
      if (line.kind === 'stamp' || line.kind === 'signature' || line.kind === 'toc' || line.kind === 'note') continue;
      let end = -1;
      let last: { index: number; values: { text: string } } | undefined;
      const flush = () => {
        if (last) context.report({ ruleId: 'placeholder', severity: 'error', ...locate(line, last.index), length: end - last.index, values: last.values });
        last = undefined;
      };
      for (const match of line.text.matchAll(blank)) {
        const index = match.index ?? 0;
        if (index < end) continue;
        // The blanks of one date or number («20__ жылғы «___» ________ № ___») are one blank to fill.
        if (!(last && dateBetween.test(line.text.slice(end, index)))) {
          flush();
          last = { index, values: { text: match[0] } };
        }
        end = index + match[0].length;
        const after = caption.exec(line.text.slice(end));
        if (after && match[0].startsWith('_')) end += after[0].length;
      }
      flush();
    }
  },
};
