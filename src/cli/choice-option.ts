import { Option } from 'commander';

import type { CliKey, Translator } from '../core/i18n/index.js';
import { CliExit, exitCodes } from './exit-codes.js';

/** What a wrong value is called in the message (a key of locales/<lang>/cli.json, each naming the option). */
export type WrongValueKey = Extract<CliKey, 'unknownLanguage' | 'unknownFormat' | 'unknownProfile' | 'unknownVersion'>;

/**
 * An option whose value is one of a fixed set, or a comma-separated list of them: declared once (option-table.ts),
 * and the declaration gives commander its flags, help text and default, and the command the parsed, checked value.
 */
export interface ChoiceOption<T extends string = string, Kind extends 'one' | 'list' = 'one' | 'list'> {
  /** As `--help` shows it: `--format <formats>`. */
  flags: string;
  /** One value, or a comma-separated list of values (`kk,ru`). */
  type: Kind;
  /** The values offered, in the order messages list them. */
  allowed: readonly T[];
  /** Accepted as well, not listed in messages (`--profile auto`, the default spelt out). */
  alsoAccepted?: readonly T[];
  /** The message for a value not allowed. */
  wrongValue: WrongValueKey;
  /** The help text `--help` shows. */
  help: string;
  default?: string;
  /** commander refuses the command without it. */
  required?: boolean;
}

/** A declaration with its values' type kept (`allowed: ['kk', 'ru']` gives `'kk' | 'ru'`). */
export function choiceOption<const T extends string, const Kind extends 'one' | 'list'>(option: ChoiceOption<T, Kind>): ChoiceOption<T, Kind> {
  return option;
}

/** The option's name in messages: `--format`. */
export function optionName(option: ChoiceOption<string>): string {
  return option.flags.split(/[ ,]/)[0]!;
}

/** The option as commander declares it (`command.addOption(...)`): its flags, help text, default, and whether it is required. */
export function toCommanderOption(option: ChoiceOption): Option {
  const declared = new Option(option.flags, option.help);
  if (option.default !== undefined) declared.default(option.default);
  return option.required ? declared.makeOptionMandatory() : declared;
}

type Values = { option: string; value: string; allowed: string };

/** Each message as a call of its own (the translators' check finds the keys in use by their calls). */
const messages: Record<WrongValueKey | 'oneValue', (translator: Translator, values: Values) => string> = {
  unknownLanguage: (translator, values) => translator.t('unknownLanguage', 'cli', values),
  unknownFormat: (translator, values) => translator.t('unknownFormat', 'cli', values),
  unknownProfile: (translator, values) => translator.t('unknownProfile', 'cli', values),
  unknownVersion: (translator, values) => translator.t('unknownVersion', 'cli', values),
  oneValue: (translator, values) => translator.t('oneValue', 'cli', values),
};

function refuse(option: ChoiceOption, key: WrongValueKey | 'oneValue', value: string, translator: Translator): never {
  throw new CliExit(exitCodes.usage, messages[key](translator, { option: optionName(option), value, allowed: option.allowed.join(', ') }));
}

function check<T extends string>(option: ChoiceOption<T>, item: string, translator: Translator): T {
  const accepted: readonly string[] = [...option.allowed, ...(option.alsoAccepted ?? [])];
  if (!accepted.includes(item)) refuse(option, option.wrongValue, item, translator);
  return item as T;
}

/** The values of a list option (`kk,ru` → ['kk', 'ru'], each once), or a usage error naming the option and what it allows. */
export function readChoices<T extends string>(option: ChoiceOption<T, 'list'>, value: string, translator: Translator): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items.map((item) => check(option, item, translator)))];
}

/** The value of a one-value option, or a usage error naming the option: a list (`kz,kg`) is refused as such. */
export function readChoice<T extends string>(option: ChoiceOption<T, 'one'>, value: string, translator: Translator): T {
  const item = value.trim();
  if (item.includes(',')) refuse(option, 'oneValue', item, translator);
  return check(option, item, translator);
}
