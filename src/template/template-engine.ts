import type { HelperOptions } from 'handlebars';
import Handlebars from 'handlebars';

import { registerHelpers } from './helpers.js';
import type { Slots } from './slots.js';

/** qujat's own Handlebars: the data slots' helpers and the form helpers, and nothing else registered. */
export const handlebars = Handlebars.create();
handlebars.registerHelper('md', (value: unknown, options: HelperOptions) => (options.data.slots as Slots).put(value, 'data'));
handlebars.registerHelper('mdText', (value: unknown, options: HelperOptions) => (options.data.slots as Slots).put(value, 'text'));
registerHelpers(handlebars);

/**
 * How every template is compiled (at run time, or by the build: precompile-template.ts): a new object each time,
 * since Handlebars' `precompile` writes its defaults into the options it is given.
 */
export const compileOptions = () => ({ noEscape: true, strict: false, knownHelpersOnly: false });
