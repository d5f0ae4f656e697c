import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

const bodyKinds = new Set(['point', 'subpoint', 'item', 'text']);
const itemKinds = new Set(['point', 'subpoint', 'item']);
/** Words of a sentence that refers to other acts for its content instead of giving it. */
const referring = /(?:предусмотренн|указанн|вытекающ|в соответствии с|установленн|определенн|көзделген|айқындалған|сәйкес|каралган|ылайык|аныкталган)/iu;

/** A section's heading with nothing under it, or a section (or a list «Функциялары:») with fewer items than the profile wants. */
export const sectionContent: RegulationRule = {
  id: 'section-content',
  ids: ['section-empty', 'section-too-few-items'],
  severities: ['error', 'warning'],
  messageKeys: ['regulation.section-empty', 'regulation.section-too-few-items'],
  doc: 'A section that is there but empty (an error), or that lists fewer items than the typical regulation (a warning).',
  check(context) {
    if (!context.hrRegulation) return;
    context.sections.forEach((section, position) => {
      if (section.index === undefined) return;
      if (section.heading === undefined || section.intro !== undefined) {
        if (section.intro === undefined) return;
        const intro = context.lines[section.intro]!;
        // Its list runs to the next point as high as it (a point «3.2.» holds «3.2.1.»), heading or chapter.
        const depth = intro.kind === 'point' ? (intro.number?.length ?? 1) : 0;
        const after = context.lines.slice(section.intro + 1);
        const stop = after.findIndex(
          (line) =>
            (line.kind === 'point' && (line.number?.length ?? 1) <= depth) ||
            (depth === 0 && line.kind === 'point') ||
            line.kind === 'heading' ||
            line.kind === 'chapter' ||
            line.kind === 'title',
        );
        const list = stop < 0 ? after : after.slice(0, stop);
        // A numbered point that stands for the section's heading («7. Бөлімнің құқықтары:») with the next point, heading
        // or chapter right under it: the section is there but empty (an unnumbered «Функциялары:» may list its items
        // as the points that follow, so only a heading or chapter under it empties it).
        const next = stop < 0 ? undefined : after[stop];
        if (!list.some((line) => bodyKinds.has(line.kind)) && (depth > 0 || next === undefined || next.kind !== 'point')) {
          context.report({ ruleId: 'section-empty', severity: 'error', ...locate(intro, 0), paragraph: true, values: { section: section.id } });
          return;
        }
        // A list introduced by «Функциялары:» with no item under it (a paragraph of prose instead).
        if (context.profile.sections[position]!.minItems === undefined) return;
        if (!list.some((line) => line.kind === 'subpoint' || line.kind === 'item' || line.kind === 'point'))
          context.report({
            ruleId: 'section-too-few-items',
            severity: 'warning',
            ...locate(intro, 0),
            paragraph: true,
            values: { section: section.id, items: 0, minItems: context.profile.sections[position]!.minItems },
          });
        return;
      }
      const heading = context.lines[section.heading]!;
      const body = context.lines.slice(section.heading + 1, section.end);
      if (!body.some((line) => bodyKinds.has(line.kind))) {
        context.report({ ruleId: 'section-empty', severity: 'error', ...locate(heading, 0), paragraph: true, values: { section: section.id } });
        return;
      }
      const minItems = context.profile.sections[position]!.minItems;
      // One point alone that refers elsewhere («Бөлім … үлгілік ережемен көзделген функцияларды жүзеге асырады») lists nothing.
      const points = body.filter((line) => line.kind === 'point');
      const refersOnly = points.length === 1 && !points[0]!.text.includes(';') && referring.test(points[0]!.text);
      const items = body.filter((line) => itemKinds.has(line.kind) && line.kind !== 'point').length + (refersOnly ? 0 : points.length);
      if (minItems !== undefined && items < minItems)
        context.report({
          ruleId: 'section-too-few-items',
          severity: 'warning',
          ...locate(heading, 0),
          paragraph: true,
          values: { section: section.id, items, minItems },
        });
    });
  },
};
