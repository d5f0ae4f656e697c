import type cliTexts from '../../../locales/en/cli.json';
import type errorTexts from '../../../locales/en/errors.json';

type PluralSuffix = `_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every dotted key of a nested text object, plural forms folded (`summary_one` → `summary`). */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The keys of the interface namespaces, from the English files: a misspelt key in code fails the type check. */
export type CliKey = KeysOf<typeof cliTexts>;
export type ErrorsKey = KeysOf<typeof errorTexts>;

/** A key built at run time (`rule.${id}.message`): checked by `qujat locales check`, not by the compiler. */
export type DynamicKey = string & { readonly dynamic: unique symbol };

export function dynamicKey(key: string): DynamicKey {
  return key as DynamicKey;
}

/** What `t` and `find` accept as a key in a namespace: the typed keys for `cli` and `errors`, any key in a form's. */
export type KeyIn<Namespace extends string> = Namespace extends 'cli' ? CliKey | DynamicKey : Namespace extends 'errors' ? ErrorsKey | DynamicKey : string;
