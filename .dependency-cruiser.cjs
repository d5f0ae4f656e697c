/**
 * The layers of src/ (`npm run lint:deps`): cli and web → api → pipeline and the features → core, no cycles.
 * A module may import from its own layer and the layers below it, never from one above. Any violation fails CI.
 */
const features = '^src/(forms|validate|rules|template|markdown|render|report|batch|regulation|survey|translation|pipeline)/';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'modules that import each other', from: {}, to: { circular: true } },
    { name: 'core-is-the-bottom', severity: 'error', comment: 'core imports nothing of the project above it', from: { path: '^src/core/' }, to: { path: '^src/', pathNot: '^src/core/' } },
    { name: 'features-below-api', severity: 'error', comment: 'the pipeline and the features do not import the library, the CLI or the web app', from: { path: features }, to: { path: '^src/(api|cli|web|bin)/' } },
    { name: 'api-below-cli-and-web', severity: 'error', comment: 'the library does not import the CLI or the web app', from: { path: '^src/api/' }, to: { path: '^src/(cli|web|bin)/' } },
    { name: 'web-apart-from-cli', severity: 'error', comment: 'the web app does not import the CLI', from: { path: '^src/web/' }, to: { path: '^src/(cli|bin)/' } },
    { name: 'client-apart-from-server', severity: 'error', comment: 'the browser code imports no server module but its shared types and pure helpers', from: { path: '^src/web/client/' }, to: { path: '^src/', pathNot: ['^src/web/client/', '^src/forms/field-key\\.ts$', '^src/core/schema/'], dependencyTypesNot: ['type-only'] } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
