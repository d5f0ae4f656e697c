/**
 * `npm run eval:check`: the regulation check measured on the corpus of drafts (test/fixtures/regulations), in every
 * format each draft exists in: precision and recall per rule and overall, and each false alarm and missed defect.
 */
import { evaluateFile, listCorpus, summarize } from '../test/regulation/corpus/evaluate-corpus.js';

const verbose = process.argv.includes('--verbose');
const files = listCorpus();
const results = [];
for (const file of files) results.push(await evaluateFile(file));
const { rules, overall } = summarize(results);
const percent = (value: number) => value.toFixed(3);
console.log(
  `corpus: ${new Set(files.map((file) => file.stem)).size} drafts, ${files.length} files (${['md', 'txt', 'docx', 'lo.docx', 'word.docx'].map((format) => `${files.filter((file) => file.format === format).length} ${format}`).join(', ')})`,
);
console.log('');
console.log(`${'rule'.padEnd(24)}${'found'.padStart(7)}${'planted'.padStart(9)}${'true'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(8)}`);
for (const row of [...rules, overall]) {
  console.log(
    `${row.ruleId.padEnd(24)}${String(row.found).padStart(7)}${String(row.expected).padStart(9)}${String(row.truePositives).padStart(7)}${percent(row.precision).padStart(11)}${percent(row.recall).padStart(8)}`,
  );
}
const refusedRight = results.filter((result) => result.refused === (result.file.expected.exit === 2)).length;
console.log('');
console.log(`unsupported language refused as expected: ${refusedRight}/${results.length}`);
const wrongProfile = results.filter(
  (result) => result.detected && (result.detected.profile !== result.file.expected.profile || result.detected.lang !== result.file.expected.lang),
);
console.log(
  `profile and language detected right: ${results.filter((result) => result.detected).length - wrongProfile.length}/${results.filter((result) => result.detected).length}`,
);
for (const result of wrongProfile)
  console.log(
    `  ${result.file.file}: detected ${result.detected!.profile}/${result.detected!.lang}, expected ${result.file.expected.profile}/${result.file.expected.lang}`,
  );
if (verbose || overall.precision < 1 || overall.recall < 1) {
  console.log('');
  for (const result of results) {
    for (const extra of result.extra)
      console.log(`false alarm  ${result.file.file}:${extra.line}:${extra.column ?? 1}  ${extra.ruleId} ${JSON.stringify(extra.values ?? {})}`);
    for (const missed of result.missed)
      console.log(
        `missed       ${result.file.file}${missed.line ? `:${missed.line}` : ''}  ${missed.ruleId} ${JSON.stringify({ ...missed, ruleId: undefined })}`,
      );
  }
}
