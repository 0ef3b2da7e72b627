/**
 * npm run check:content: every article, data file and wizard of the content directory (`CONTENT_DIR`, default
 * content/) through the loaders the build uses, before the build (scripts/build-if-stale.mjs runs it first).
 * Prints every error as `file:line: raison`, one per line, then a summary; exit code 1 if there is any.
 */
import { checkContent } from '../lib/content-check';
import { CONTENT_LABEL } from '../lib/content-files';

const started = performance.now();
const { errors, articles, tables, wizards } = await checkContent();
for (const error of errors) console.error(error.message);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = `${articles} article(s), ${tables} table(s), ${wizards} assistant(s) de ${CONTENT_LABEL}/ en ${seconds} s`;
if (errors.length > 0) {
  console.error(`Contenu refusé : ${errors.length} erreur(s) (${checked}).`);
  process.exit(1);
}
console.log(`Contenu vérifié : ${checked}.`);
