/**
 * Renders one example in a process of its own (nothing rendered before it) and writes the bytes to a file:
 * `tsx test/helpers/render-fresh.ts <form-id> <lang> <format> <out-file>`. Used to check that what a process rendered
 * earlier never changes a document.
 */
import { writeFileSync } from 'node:fs';

import { render } from '../../src/api/index.js';
import { loadExample } from './example.js';

const [formId = '', lang = 'kk', format = 'pdf', out = ''] = process.argv.slice(2);
const result = await render(formId, loadExample(formId), { langs: [lang as 'kk'], formats: [format as 'pdf'] });
writeFileSync(out, result.documents[0]!.bytes);
