import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Amendment, Edition } from '../forms/index.js';
import type { Finding } from '../rules/index.js';

/**
 * A warning that the document, dated `documentDate`, is printed in `edition` while `amendment` is in force: the act
 * and its date, what it amends and the edition used, in the user's language (dates localized with the message).
 */
export function describeUnappliedAmendment(amendment: Amendment, edition: Edition, documentDate: string, translator: Translator): Finding {
  return {
    ruleId: 'edition-outdated',
    pointer: '/date',
    severity: 'warning',
    values: {
      date: documentDate,
      effective: amendment.effective,
      edition: edition.effective,
      act: translator.t(dynamicKey(`act.${amendment.act}`), 'legal-acts'),
      amends: translator.t(dynamicKey(`amends.${amendment.amends}`), 'legal-acts'),
    },
  };
}
