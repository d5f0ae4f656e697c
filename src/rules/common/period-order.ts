import type { RuleModule } from '../rule-module.js';

/** A period (`period.from`, `period.to`, ISO dates) must not end before it starts. */
export const periodOrder: RuleModule = {
  id: 'period-order',
  ids: ['period-order'],
  severities: ['error'],
  messageKeys: ['rule.period-order.message', 'rule.period-order.expected'],
  doc: 'A period that ends before it starts.',
  apply(data) {
    const period = (data as { period?: { from?: string; to?: string } }).period;
    const findings =
      period?.from && period.to && period.to < period.from
        ? [{ ruleId: 'period-order', pointer: '/period/to', severity: 'error' as const, values: { from: period.from, to: period.to } }]
        : [];
    return { computed: {}, findings };
  },
};
