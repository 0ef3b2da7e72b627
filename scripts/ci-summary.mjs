#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports into one plain line for CI: "N passed, N failed".
// A suite whose report is missing (it did not run) counts as one failure.
import fs from 'node:fs';

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  failed += 1;
  console.log('Tests unitaires : pas de rapport (étape non exécutée ou échouée avant).');
}

const e2e = read('reports/e2e.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  skipped += e2e.stats.skipped ?? 0;
} else {
  failed += 1;
  console.log('Tests de bout en bout : pas de rapport (étape non exécutée ou échouée avant).');
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
