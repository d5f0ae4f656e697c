import { Document } from 'yaml';

import { createTranslator, type DocumentLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { checkFormData } from '../pipeline/index.js';
import { requireForm } from './require-form.js';

interface Agreement {
  date: string;
  year: number;
  person: { fullName: string; position: string };
  authorizedPerson: { fullName: string; position: string };
  kpis: { name: string; unit: string; planned: number }[];
  agencyKpi?: { name: string; unit?: string; planned?: number };
}

export type StartSheetResult = { ok: true; agreementForm: string; yaml: string; data: Record<string, unknown> } | { ok: false; problems: Problem[] };

/**
 * Starts the evaluation sheet's data from an annual agreement (category 1 or 2): the person, the authorized person,
 * the evaluated year as the period, and the five KPIs in the agreement's order, the mandatory ones named with the
 * texts of `lang` and the agency KPI and the authorized person's KPIs with their names, units and planned values.
 * The actual values and the scores are left to fill in (marked in the YAML); until then `validate` names each one.
 */
export function startSheetFromAgreement(agreement: unknown, lang: DocumentLanguage = 'kk'): StartSheetResult {
  const candidates = ['kz-a-agreement-cat1', 'kz-a-agreement-cat2'].map((id) => ({ id, checked: checkFormData(requireForm(id), agreement, 'en') }));
  const valid = candidates.find((candidate) => candidate.checked.valid);
  if (!valid) {
    const value = (agreement as { value?: unknown } | null)?.value ?? agreement;
    const byCategory = (value as { agencyKpi?: unknown } | null)?.agencyKpi ? candidates[0]! : candidates[1]!;
    return { ok: false, problems: byCategory.checked.problems };
  }
  const data = valid.checked.valid!.data as unknown as Agreement;
  const translator = createTranslator(lang);
  const category = valid.id === 'kz-a-agreement-cat1' ? 'cat1' : 'cat2';
  const mandatory = (kind: string, key: string) => ({ kind, name: translator.t(key, 'kz-a-agreement'), unit: '%', planned: 100, actual: null });
  const kpis = [
    mandatory('instructions', `mandatory.instructions.name.${category}`),
    mandatory('applications', 'mandatory.applications.name'),
    ...(category === 'cat1'
      ? [
          mandatory('satisfaction', 'mandatory.satisfaction.name'),
          { kind: 'agency', name: data.agencyKpi!.name, unit: data.agencyKpi!.unit ?? '%', planned: data.agencyKpi!.planned ?? 100, actual: null },
        ]
      : []),
    ...data.kpis.map((kpi) => ({ kind: 'custom', name: kpi.name, unit: kpi.unit, planned: kpi.planned, actual: null })),
  ];
  const sheet = {
    date: `${data.year + 1}-01-20`,
    person: data.person,
    period: { from: `${data.year}-01-01`, to: `${data.year}-12-31` },
    kpis,
    evaluator: data.authorizedPerson,
  };
  const document = new Document(sheet);
  document.commentBefore = ` Evaluation sheet started from the annual agreement of ${data.date} (${valid.id}).\n Fill in each KPI's actual value (and, when decided, its score), and check the date.`;
  kpis.forEach((_, index) => {
    const node = document.getIn(['kpis', index, 'actual'], true) as { comment?: string } | undefined;
    if (node) node.comment = ' fill in';
  });
  return { ok: true, agreementForm: valid.id, yaml: document.toString({ lineWidth: 0 }), data: sheet };
}
