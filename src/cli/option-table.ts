import { outputFormats } from '../core/format/output-formats.js';
import { documentLanguages, documentVersions, uiLanguages } from '../core/i18n/index.js';
import { choiceOption } from './choice-option.js';
import { reportFormats } from './print-problems.js';

/** The regulation profiles `qujat check` knows (the same as the regulation module's `profileIds`, tested). */
const profiles = ['kz', 'kg'] as const;
/** The languages whose locale files translators work on. */
const localeLanguages = uiLanguages;

const uiLang = (flags: string, help: string) => choiceOption({ flags, type: 'one', allowed: uiLanguages, wrongValue: 'unknownLanguage', help });
/** `--lang` of the commands that make documents: languages or bilingual pairs. */
const documentVersionsOption = (help: string, defaultValue: string) =>
  choiceOption({ flags: '--lang <langs>', type: 'list', allowed: documentVersions, wrongValue: 'unknownLanguage', help, default: defaultValue });
/** `--format` of the commands that make documents: pdf, docx. */
const outputFormatsOption = (defaultValue: string) =>
  choiceOption({
    flags: '--format <formats>',
    type: 'list',
    allowed: outputFormats,
    wrongValue: 'unknownFormat',
    help: 'output formats, comma-separated: pdf, docx',
    default: defaultValue,
  });
/** `--format` of the commands that report problems: stylish (default), json or sarif. */
const reportFormat = (help: string) =>
  choiceOption({ flags: '--format <format>', type: 'one', allowed: reportFormats, wrongValue: 'unknownFormat', help, default: 'stylish' });

/**
 * Every option of the `qujat` commands whose value is one of a fixed set, declared once: the command declares it
 * from here (flags, help text, default) and reads its value through it (readChoice, readChoices), so that a wrong
 * value is refused with the option's name and what it allows, the same way in every command. Free-form options
 * (files, folders, dates, numbers) stay declared in their command.
 */
export const optionTable = {
  forms: {
    lang: uiLang('--lang <lang>', 'language of the titles and messages: kk, ru, ky, en'),
    format: reportFormat('report format of --check: stylish, json, sarif'),
  },
  validate: {
    lang: uiLang('--lang <lang>', 'language of the messages: kk, ru, ky, en'),
    format: reportFormat('report format: stylish, json, sarif'),
  },
  compute: {
    lang: uiLang('--lang <lang>', 'language of the messages: kk, ru, ky, en'),
  },
  render: {
    lang: documentVersionsOption('document languages, comma-separated: kk, ru, ky, or a bilingual pair such as kk+ru', 'kk,ru,ky'),
    format: outputFormatsOption('pdf,docx'),
    uiLang: uiLang('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en'),
  },
  batch: {
    lang: documentVersionsOption('document languages, comma-separated: kk, ru, ky, or a pair such as kk+ru', 'kk'),
    format: outputFormatsOption('pdf'),
    uiLang: uiLang('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en'),
  },
  init: {
    lang: choiceOption({
      flags: '--lang <lang>',
      type: 'one',
      allowed: documentLanguages,
      wrongValue: 'unknownLanguage',
      help: 'language of the KPI names taken from the texts: kk, ru, ky',
      default: 'kk',
    }),
    uiLang: uiLang('--ui-lang <lang>', 'language of the messages'),
  },
  check: {
    profile: choiceOption({
      flags: '--profile <profile>',
      type: 'one',
      allowed: profiles,
      alsoAccepted: ['auto'],
      wrongValue: 'unknownProfile',
      help: "kz or kg (default: detected from the draft's language and the country it names)",
    }),
    lang: choiceOption({
      flags: '--lang <lang>',
      type: 'one',
      allowed: [...documentLanguages, 'auto'],
      wrongValue: 'unknownLanguage',
      help: "the document's language: kk, ru, ky or auto",
      default: 'auto',
    }),
    format: reportFormat('stylish, json or sarif'),
    uiLang: uiLang('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en'),
  },
  surveySummarize: {
    lang: uiLang('--lang <lang>', 'language of the messages and answer texts: kk, ru, ky, en'),
    format: choiceOption({
      flags: '--format <format>',
      type: 'one',
      allowed: ['text', 'json'],
      wrongValue: 'unknownFormat',
      help: 'text or json',
      default: 'text',
    }),
    docLang: choiceOption({
      flags: '--doc-lang <langs>',
      type: 'list',
      allowed: documentLanguages,
      wrongValue: 'unknownLanguage',
      help: 'with --out: document languages',
      default: 'kk,ru,ky',
    }),
  },
  localesCheck: {
    lang: choiceOption({
      flags: '--lang <langs>',
      type: 'list',
      allowed: localeLanguages,
      wrongValue: 'unknownLanguage',
      help: "only these languages' files, comma-separated",
    }),
    format: reportFormat('stylish, json or sarif'),
    uiLang: uiLang('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en'),
  },
  localesExport: {
    lang: choiceOption({
      flags: '--lang <lang>',
      type: 'one',
      allowed: localeLanguages,
      wrongValue: 'unknownLanguage',
      help: 'target language: ru, ky, en (kk for the Kyrgyz forms)',
      required: true,
    }),
    xliff: choiceOption({
      flags: '--xliff [version]',
      type: 'one',
      allowed: ['2.0', '1.2'],
      wrongValue: 'unknownVersion',
      help: 'XLIFF version: 2.0 or 1.2',
      default: '2.0',
    }),
  },
} as const;
