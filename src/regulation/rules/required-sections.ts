import { insertionLine } from '../find-sections.js';
import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

const bodyKinds = new Set(['point', 'subpoint', 'item', 'text']);
const itemKinds = new Set(['point', 'subpoint', 'item']);
/** Words of a sentence that refers to other acts for its content instead of giving it. */
const referring = /(?:предусмотренн|указанн|вытекающ|в соответствии с|установленн|определенн|көзделген|айқындалған|сәйкес|каралган|ылайык|аныкталган)/iu;

/** A required section missing (reported where it belongs), a heading with nothing under it, or a functions section listing none. */
export const requiredSections: RegulationRule = {
  id: 'required-sections',
  check(context) {
    if (!context.hrRegulation) return;
    context.sections.forEach((section, position) => {
      if (section.index === undefined) {
        context.report({ ruleId: 'section-missing', severity: 'error', line: insertionLine(context.lines, context.sections, position), values: { section: section.id } });
        return;
      }
      if (section.heading === undefined) return;
      const heading = context.lines[section.heading]!;
      const body = context.lines.slice(section.heading + 1, section.end);
      if (!body.some((line) => bodyKinds.has(line.kind))) {
        context.report({ ruleId: 'section-empty', severity: 'error', ...locate(heading, 0), values: { section: section.id } });
        return;
      }
      const minItems = context.profile.sections[position]!.minItems;
      // One point alone that refers elsewhere («Бөлім … үлгілік ережемен көзделген функцияларды жүзеге асырады») lists nothing.
      const points = body.filter((line) => line.kind === 'point');
      const refersOnly = points.length === 1 && !points[0]!.text.includes(';') && referring.test(points[0]!.text);
      const items = body.filter((line) => itemKinds.has(line.kind) && line.kind !== 'point').length + (refersOnly ? 0 : points.length);
      if (minItems !== undefined && items < minItems) context.report({ ruleId: 'section-too-few-items', severity: 'warning', ...locate(heading, 0), values: { section: section.id, items, minItems } });
    });
  },
};
