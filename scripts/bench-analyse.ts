/**
 * Log analysis benchmark (npm run bench:analyse): 200 KB of generated Windows events with a few planted
 * events of our products (test-support/sample-log.ts), analysed with the real search index, as the
 * /analyse page does in the browser. Prints the time per run (p50, max) and what was found; asserts nothing.
 */
import { analysePaste } from '../lib/analyse/analyse';
import { generateWindowsLog, PLANTED } from '../test-support/sample-log';
import { buildSearchData } from '../lib/search/documents';
import { createSearchIndex } from '../lib/search/engine';

const data = buildSearchData();
const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
const log = generateWindowsLog(200_000);
const times: number[] = [];
let findings = analysePaste(log, index, data.documents).findings;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  findings = analysePaste(log, index, data.documents).findings;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const lines = log.split('\n').length;
console.log(`Journal de ${(log.length / 1024).toFixed(0)} Ko, ${lines} lignes, ${PLANTED.length} signaux plantés`);
console.log(
  `Analyse : p50 ${(times[2] as number).toFixed(0)} ms, max ${(times[4] as number).toFixed(0)} ms (5 passages)`,
);
for (const finding of findings) console.log(`  ${finding.href}  ×${finding.occurrences}  ${finding.reason}`);
// A harder shape: thousands of distinct error lines of our own component (counters change on each line).
const noisy = Array.from(
  { length: 2600 },
  (_, i) =>
    `2026-11-20 08:${String(i % 60).padStart(2, '0')}:00 ERROR MsSense.exe failed to upload chunk ${i} of ${i * 7}, retry ${i % 9}`,
).join('\n');
const noisyTimes: number[] = [];
let noisyFindings = 0;
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  noisyFindings = analysePaste(noisy, index, data.documents).findings.length;
  noisyTimes.push(performance.now() - start);
}
console.log(
  `Journal bruyant de ${(noisy.length / 1024).toFixed(0)} Ko (2 600 erreurs MsSense distinctes) : ${Math.min(...noisyTimes).toFixed(0)}–${Math.max(...noisyTimes).toFixed(0)} ms, ${noisyFindings} résolution(s)`,
);

const expected = new Set(PLANTED.map((p) => p.expect));
const found = new Set(findings.map((f) => f.href));
console.log(
  `Trouvés ${[...found].filter((href) => expected.has(href)).length}/${expected.size}, en trop ${[...found].filter((href) => !expected.has(href)).length}`,
);
