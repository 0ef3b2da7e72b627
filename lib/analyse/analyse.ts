import type { SearchIndex } from '@/lib/search/engine';
import type { CodeSignal } from '@/lib/search/signals';
import { extractSignals } from '@/lib/search/signals';
import { findTermRanges } from '@/lib/search/snippet';
import type { SearchDoc, SearchResult, Segment } from '@/lib/search/types';
import { foldText } from '@/lib/text/fold';
import { MAX_PASTE_CHARS, repeatKey, splitRecords, type LogRecord } from './records';

/**
 * The log analyser (/analyse): a pasted log, export or e-mail cut into records; each record that carries
 * a signal is looked up with the search engine (the same signals, the same index), and the resolutions
 * found are grouped and ranked. A record counts when it holds a code one of our rows answers to, or a
 * specific trace (a log field such as `validateCreateSensorResult=…`, an exception name, one of our
 * URLs or registry paths) found in the resolution's own text, or an error message that names one of our
 * products' components and matches a resolution well. Everything else (ordinary Windows events,
 * timestamps, GUIDs, KB numbers, other services' event ids) is noise and yields nothing.
 */
export type FindingEvidence = { line: number; text: string; marks: [number, number][] };

export type AnalysisFinding = {
  href: string;
  title: string;
  breadcrumb: string[];
  snippet: Segment[];
  /** Why this resolution: « ID d’événement 15 du journal SENSE », « Champ de journal errorCode=AccessDenied »… */
  reason: string;
  /** How many records of the paste point to it (repeats included). */
  occurrences: number;
  /** 1-based line numbers of the records that point to it, in order. */
  lines: number[];
  /** The first record that points to it, with the matched text marked. */
  evidence: FindingEvidence;
  score: number;
};

export type Analysis = { findings: AnalysisFinding[]; records: number; lines: number };

/** Log fields whose value names a failure the articles describe. */
const LOG_FIELD = /\b(validateCreateSensorResult|deploymentResultStatus|errorCode|ErrorCode|resultCode|IsSuccess|EnrollmentStatus|OnboardingState|SenseIsRunning|syncml\w*|status)\s*[=:]\s*\(?([\w.-]+)/g;
const EXCEPTION = /\b(?:[A-Z]\w*\.)+[A-Z]\w*Exception\b/g;
const URL_OR_HOST = /\b(?:https?:\/\/)?((?:[a-z0-9*-]+\.)+(?:com|net|io|ms))\b/gi;
const REGISTRY_PATH = /\bHK(?:LM|EY_LOCAL_MACHINE|CU)\\[^\s"'<>]+(?:\\[^\s"'<>]+)*/gi;
const ERROR_WORD = /\b(?:error|erreur|fail(?:ed|ure)?|échec|echec|échoué|exception|fatal|denied|refusé|invalid|invalide|cannot|impossible|unable|stopped|arrêté|timeout|expired?|expiré)\b/i;
/**
 * Components of our products: a generic error line counts only when it names one of them (Windows logs
 * are full of errors of other software).
 */
const OUR_COMPONENTS =
  /\b(?:sense|mssense|sensecm|wdatp\w*|windows advanced threat protection|defender|mde|atp|azure atp|diagtrack|capteur|sensor|npcap|winpcap|gmsa|intune|omadm|mdm|onboarding|offboarding|intégration|désintégration|configmgr|ccm|sccm|mecm|impersonat\w*|sensorupdater|microsoft\.tri\.\w+)\b/i;

/** A text match must reach this score (BM25 with the engine's weights) to be a finding. */
const MIN_MESSAGE_SCORE = 4;
const MIN_MESSAGE_TERMS = 3;
const SEARCH_CHARS = 800;
const MAX_EVIDENCE_CHARS = 300;

type Trigger = { kind: 'field' | 'exception' | 'url' | 'registry'; text: string } | { kind: 'error' };

const LOG_NAMES = { sense: 'du journal SENSE', script: 'du script d’intégration (WDATPOnboarding)', mdm: 'du journal MDM' } as const;

/** Why a code hit counts, in French. */
export function codeReason(code: CodeSignal): string {
  switch (code.kind) {
    case 'event':
      return `ID d’événement ${code.value}${code.log && code.log !== 'other' ? ` ${LOG_NAMES[code.log]}` : ''}`;
    case 'status':
      return `État d’inscription ${code.value} (EnrollmentStatus)`;
    case 'case':
      return `Cas de non-conformité ${code.value}`;
    case 'code32':
      return code.value > 0xffff ? `Code d’erreur 0x${code.value.toString(16).toUpperCase().padStart(8, '0')}` : `Code ${code.text}`;
    default:
      return `Code ${code.value}`;
  }
}

function triggerReason(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'field':
      return `Champ de journal ${trigger.text}`;
    case 'exception':
      return `Exception ${trigger.text}`;
    case 'url':
      return `Adresse ${trigger.text}`;
    case 'registry':
      return `Clé de Registre ${trigger.text}`;
    default:
      return 'Message d’erreur reconnu';
  }
}

/** The specific traces of a record, most specific first. */
export function recordTriggers(text: string): Trigger[] {
  const triggers: Trigger[] = [];
  for (const match of text.matchAll(LOG_FIELD)) triggers.push({ kind: 'field', text: `${match[1]}=${match[2]}` });
  for (const match of text.matchAll(EXCEPTION)) triggers.push({ kind: 'exception', text: match[0] });
  for (const match of text.matchAll(REGISTRY_PATH)) triggers.push({ kind: 'registry', text: match[0] });
  for (const match of text.matchAll(URL_OR_HOST)) triggers.push({ kind: 'url', text: (match[1] as string).toLowerCase() });
  if (ERROR_WORD.test(text) && OUR_COMPONENTS.test(text)) triggers.push({ kind: 'error' });
  return triggers;
}

/** The words of a trace that a resolution's own text must hold for the trace to count. */
function traceWords(trigger: Exclude<Trigger, { kind: 'error' }>): string[] {
  if (trigger.kind === 'field') return [foldText(trigger.text.split('=')[0] as string)];
  if (trigger.kind === 'registry') return [foldText(trigger.text.replace(/^hkey_local_machine/i, 'hklm'))];
  return [foldText(trigger.text)];
}

type Matched = { result: SearchResult; reason: string; score: number };

type Corpus = { docText: (href: string) => string | undefined; knownCodes: ReadonlySet<number> };

function evaluateRecord(record: LogRecord, index: SearchIndex, corpus: Corpus): Matched | undefined {
  const query = record.text.slice(0, SEARCH_CHARS);
  const signals = extractSignals(query);
  // Codes no document answers to (other software's errors) are not worth a search.
  const hasCode = signals.codes.some((code) => code.kind !== 'number' && code.log !== 'other' && corpus.knownCodes.has(code.value));
  const triggers = recordTriggers(query);
  if (!hasCode && triggers.length === 0) return undefined;
  const [top] = index.search(query, { limit: 1 });
  if (!top) return undefined;
  if (top.code && top.code.kind !== 'number') return { result: top, reason: codeReason(top.code), score: 100 + top.score };
  const text = corpus.docText(top.href);
  for (const trigger of triggers) {
    if (trigger.kind === 'error') continue;
    if (text && traceWords(trigger).every((word) => text.includes(word))) return { result: top, reason: triggerReason(trigger), score: 50 + top.score };
  }
  if (triggers.some((trigger) => trigger.kind === 'error') && top.score >= MIN_MESSAGE_SCORE && top.terms.length >= MIN_MESSAGE_TERMS) {
    return { result: top, reason: triggerReason({ kind: 'error' }), score: top.score };
  }
  return undefined;
}

function evidenceOf(record: LogRecord, terms: readonly string[]): FindingEvidence {
  // The line of the record that holds the most matched terms (Event Viewer events span several lines).
  const lines = record.text.split('\n');
  let best = 0;
  let bestCount = -1;
  lines.forEach((line, i) => {
    const count = findTermRanges(line, terms).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  const text = (lines[best] as string).slice(0, MAX_EVIDENCE_CHARS);
  return { line: record.firstLine + best, text, marks: findTermRanges(text, terms) };
}

/**
 * Analyses a paste with the search index and the documents it was built from. Cost: one search per
 * distinct record that carries a signal; repeats are counted, not searched again.
 */
export function analysePaste(paste: string, index: SearchIndex, documents: readonly SearchDoc[]): Analysis {
  const texts = new Map(documents.map((doc) => [doc.href, foldText(`${doc.title}\n${doc.text}`)]));
  const docText = (href: string) => texts.get(href) ?? texts.get(href.replace(/#.*$/, '')) ?? findRangeRow(href, documents, texts);
  const corpus: Corpus = { docText, knownCodes: new Set(documents.flatMap((doc) => doc.codes)) };
  const records = splitRecords(paste);
  const byKey = new Map<string, { record: LogRecord; lines: number[] }>();
  for (const record of records) {
    const key = repeatKey(record.text);
    const seen = byKey.get(key);
    if (seen) seen.lines.push(record.firstLine);
    else byKey.set(key, { record, lines: [record.firstLine] });
  }
  const findings = new Map<string, AnalysisFinding>();
  for (const { record, lines } of byKey.values()) {
    const matched = evaluateRecord(record, index, corpus);
    if (!matched) continue;
    const { result, reason, score } = matched;
    const existing = findings.get(result.href);
    if (existing) {
      existing.occurrences += lines.length;
      existing.lines.push(...lines);
      if (score > existing.score) Object.assign(existing, { reason, score, evidence: evidenceOf(record, result.terms) });
      continue;
    }
    findings.set(result.href, {
      href: result.href,
      title: result.title,
      breadcrumb: result.breadcrumb,
      snippet: result.snippet,
      reason,
      occurrences: lines.length,
      lines: [...lines],
      evidence: evidenceOf(record, result.terms),
      score,
    });
  }
  const ranked = [...findings.values()]
    .map((finding) => ({ ...finding, lines: [...new Set(finding.lines)].sort((a, b) => a - b) }))
    .sort((a, b) => b.score - a.score || b.occurrences - a.occurrences);
  return { findings: ranked, records: records.length, lines: paste.slice(0, MAX_PASTE_CHARS).split(/\r\n|\r|\n/).length };
}

/** A row found through one code of its range links to that code's id; its text is the range row's. */
function findRangeRow(href: string, documents: readonly SearchDoc[], texts: Map<string, string>): string | undefined {
  const code = Number(/#[a-z-]+?(\d+)$/.exec(href)?.[1]);
  const base = href.replace(/#.*$/, '');
  const row = documents.find((doc) => doc.href.startsWith(`${base}#`) && doc.codes.includes(code));
  return row ? texts.get(row.href) : undefined;
}
