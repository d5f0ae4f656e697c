import type { RuleModule } from './rule-module.js';
import { kzAKpiScores } from './kz-a/kpi-scores.js';
import { periodOrder } from './common/period-order.js';

/** Every rule module, by the name a form's manifest uses. */
export const ruleModules: ReadonlyMap<string, RuleModule> = new Map(
  [kzAKpiScores, periodOrder].map((module) => [module.id, module]),
);
