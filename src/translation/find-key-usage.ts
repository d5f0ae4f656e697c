import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import Handlebars from 'handlebars';

import { projectPaths } from '../core/paths.js';
import { interfaceSections, listFormFields, listFormIds, loadForm } from '../forms/index.js';

export interface KeyUsage {
  keys: Map<string, Set<string>>;
  prefixes: Map<string, Set<string>>;
}

function add(map: Map<string, Set<string>>, namespace: string, key: string): void {
  map.set(namespace, new Set([...(map.get(namespace) ?? []), key]));
}

/** `{{t "a" "b"}}`, `(t "rating" computed.rating)`, `{{t "x" ns="forms"}}` in every form template. */
function collectTemplateUsage(usage: KeyUsage): void {
  for (const id of listFormIds()) {
    const form = loadForm(id)!;
    for (const file of readdirSync(form.dir).filter((name) => name.endsWith('.hbs'))) {
      const visitor = new Handlebars.Visitor();
      const visit = (node: {
        path: { original?: string };
        params: { type: string; value?: unknown }[];
        hash?: { pairs: { key: string; value: { value?: unknown } }[] };
      }) => {
        if (node.path.original !== 't') return;
        const literal: string[] = [];
        for (const param of node.params) {
          if (param.type !== 'StringLiteral') break;
          literal.push(String(param.value));
        }
        const namespace = String(node.hash?.pairs.find((pair) => pair.key === 'ns')?.value.value ?? form.manifest.namespace);
        if (literal.length === node.params.length) add(usage.keys, namespace, literal.join('.'));
        else add(usage.prefixes, namespace, literal.length > 0 ? `${literal.join('.')}.` : '');
      };
      const original = { mustache: visitor.MustacheStatement, sub: visitor.SubExpression };
      visitor.MustacheStatement = function (node) {
        visit(node as never);
        return original.mustache.call(this, node);
      };
      visitor.SubExpression = function (node) {
        visit(node as never);
        return original.sub.call(this, node);
      };
      visitor.accept(Handlebars.parse(readFileSync(join(form.dir, file), 'utf8')));
    }
    add(usage.keys, 'forms', id);
  }
}

/**
 * A form's interface texts are used by the web app and the messages, for its fields (checked field by field by the
 * field-labels rule); the texts that name a list's rows (`x-qujat.rowName` in the schema) are used for each row.
 */
function collectFormTextUsage(usage: KeyUsage): void {
  for (const id of listFormIds()) {
    const form = loadForm(id)!;
    for (const section of interfaceSections) add(usage.prefixes, form.manifest.namespace, `${section}.`);
    for (const field of listFormFields(form.schema)) {
      if (!field.rowName) continue;
      for (let number = 1; number <= field.rowName.count; number += 1)
        add(usage.keys, form.manifest.namespace, field.rowName.key.replace('{{number}}', String(number)));
    }
  }
}

/** `.t('key', 'ns')` and `.find(\`prefix.${x}\`, 'ns')` in the source code. */
function collectCodeUsage(usage: KeyUsage, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collectCodeUsage(usage, path);
    else if (/(?<!\.d)\.[tj]s$/.test(entry.name)) {
      const source = readFileSync(path, 'utf8');
      for (const match of source.matchAll(/\.(?:t|find)\(\s*(?:dynamicKey\(\s*)?(['"`])((?:(?!\1).)*)\1\s*\)?\s*,\s*(['"])([\w-]+)\3/g)) {
        const key = match[2]!;
        const namespace = match[4]!;
        const dynamic = key.indexOf('${');
        if (dynamic === -1) add(usage.keys, namespace, key);
        else add(usage.prefixes, namespace, key.slice(0, dynamic));
      }
    }
  }
}

let found: KeyUsage | undefined;

/** Where templates and code use locale keys: read once per process (templates and code do not change while it runs). */
export function findKeyUsage(): KeyUsage {
  found ??= collectKeyUsage();
  return found;
}

function collectKeyUsage(): KeyUsage {
  const usage: KeyUsage = { keys: new Map(), prefixes: new Map() };
  collectTemplateUsage(usage);
  collectFormTextUsage(usage);
  // The sources in a clone; in the installed package, the compiled code (the same calls, the same strings).
  const code = join(projectPaths.root, 'src');
  collectCodeUsage(usage, existsSync(code) ? code : join(projectPaths.root, 'dist'));
  return usage;
}
