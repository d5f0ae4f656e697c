import type { OutdatedEdition } from '../batch/index.js';
import { localizeIsoDate } from '../core/format/index.js';
import { dynamicKey, type Translator } from '../core/i18n/index.js';
import { formatRecordList } from './format-record-list.js';

/** A batch's warning for each group of records whose documents are in an edition an amending act has outdated. */
export function describeOutdatedEditions(groups: readonly OutdatedEdition[], translator: Translator): string[] {
  const date = (value: string) => String(localizeIsoDate(value, translator.lang));
  return groups.map((group) =>
    translator.t('batchEditionOutdated', 'cli', {
      records: formatRecordList(group.records),
      effective: date(group.effective),
      edition: date(group.edition),
      act: translator.t(dynamicKey(`act.${group.act}`), 'legal-acts'),
      amends: translator.t(dynamicKey(`amends.${group.amends}`), 'legal-acts'),
    }),
  );
}
