/**
 * Patterns of log text that search and the analyser both set aside: written once here (issue #16 found them
 * written twice, in lib/search/signals.ts and lib/analyse/records.ts). Each is a function returning a fresh
 * global regular expression, so that no caller shares `lastIndex` with another.
 */

/** A GUID, with or without braces (`{cb2ff72d-d4e4-585d-33f9-f3a395c40be7}`), any case. */
export const guidPattern = (): RegExp => /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi;
