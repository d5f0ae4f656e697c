export * from './common-schema.js';
export * from './field-key.js';
export * from './find-unapplied-amendments.js';
export * from './form-fields.js';
export * from './form-manifest.js';
export * from './form-texts.js';
export * from './load-form.js';
export * from './select-edition.js';
