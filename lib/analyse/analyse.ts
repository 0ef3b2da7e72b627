import { readEventFields } from '@/lib/logs/event-fields';
import { namesOurService } from '@/lib/logs/providers';
import { windowsCodesIn, type WindowsCode } from '@/lib/logs/windows-codes';
import type { SearchIndex } from '@/lib/search/engine';
import { resultTier, type ResultTier } from '@/lib/search/tier';
import type { CodeSignal } from '@/lib/search/signals';
import { extractSignals } from '@/lib/search/signals';
import { findTermRanges } from '@/lib/search/snippet';
import type { SearchDoc, SearchResult, Segment } from '@/lib/search/types';
import { rowOf } from '@/lib/tables/code-lookup';
import { runToEnd } from '@/lib/slices';
import { lineCount } from '@/lib/format';
import { foldText } from '@/lib/text/fold';
import { readPart, recordsOf, repeatKey, type LogRecord } from './records';

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
  /** How sure: a code lookup is exact, a specific trace probable, an error message as sure as its search result. */
  tier: ResultTier;
};

/** A Windows error code of the paste (`0x80070005`), decoded and named: Windows' error, not one of our rows. */
export type WindowsCodeFinding = WindowsCode & { line: number };

/** `unread`: distinct messages with a signal left out by the search budget (0 when all were read). */
export type Analysis = {
  findings: AnalysisFinding[];
  windowsCodes: WindowsCodeFinding[];
  records: number;
  lines: number;
  unread: number;
};

/** Log fields whose value names a failure the articles describe. */
const LOG_FIELD =
  /\b(validateCreateSensorResult|deploymentResultStatus|errorCode|ErrorCode|resultCode|IsSuccess|EnrollmentStatus|OnboardingState|SenseIsRunning|syncml\w*|status)\s*[=:]\s*\(?([\w.-]+)/g;
const EXCEPTION = /\b(?:[A-Z]\w*\.)+[A-Z]\w*Exception\b/g;
const URL_OR_HOST = /\b(?:https?:\/\/)?((?:[a-z0-9*-]+\.)+(?:com|net|io|ms))\b/gi;
const REGISTRY_PATH = /\bHK(?:LM|EY_LOCAL_MACHINE|CU)\\[^\s"'<>]+(?:\\[^\s"'<>]+)*/gi;
const ERROR_WORD =
  /\b(?:error|erreur|fail(?:ed|ure)?|échec|echec|échoué|exception|fatal|denied|refusé|invalid|invalide|cannot|impossible|unable|stopped|arrêté|timeout|expired?|expiré)\b/i;
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
/** Distinct messages looked up at most (one search each): about a second on this machine's browser. */
export const MAX_SEARCHED_RECORDS = 200;
const MAX_EVIDENCE_CHARS = 300;

type Trigger = { kind: 'field' | 'exception' | 'url' | 'registry'; text: string } | { kind: 'error' };

const LOG_NAMES = {
  sense: 'du journal SENSE',
  script: 'du script d’intégration (WDATPOnboarding)',
  mdm: 'du journal MDM',
} as const;

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
      return code.value > 0xffff
        ? `Code d’erreur 0x${code.value.toString(16).toUpperCase().padStart(8, '0')}`
        : `Code ${code.text}`;
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
  for (const match of text.matchAll(URL_OR_HOST))
    triggers.push({ kind: 'url', text: (match[1] as string).toLowerCase() });
  if (ERROR_WORD.test(text) && OUR_COMPONENTS.test(text)) triggers.push({ kind: 'error' });
  return triggers;
}

/** The words of a trace that a resolution's own text must hold for the trace to count. */
function traceWords(trigger: Exclude<Trigger, { kind: 'error' }>): string[] {
  if (trigger.kind === 'field') return [foldText(trigger.text.split('=')[0] as string)];
  if (trigger.kind === 'registry') return [foldText(trigger.text.replace(/^hkey_local_machine/i, 'hklm'))];
  return [foldText(trigger.text)];
}

type Matched = { result: SearchResult; reason: string; score: number; tier: ResultTier };

/** Plain numbers (counters, ports, sizes) must not lift a message's score: it is searched without them. */
function withoutNumbers(text: string): string {
  return text.replace(/(?<![\w.])\d+(?![\w.])/g, ' ');
}

function evaluateRecord(
  query: string,
  codes: boolean,
  triggers: readonly Trigger[],
  index: SearchIndex,
  corpus: Corpus,
): Matched[] {
  if (codes) {
    // Every resolution the record's codes answer to (an event id and an error code may both be there).
    const hits = index.search(query, { limit: 5 }).filter((result) => result.code && result.code.kind !== 'number');
    if (hits.length)
      return hits.map((result) => ({
        result,
        reason: codeReason(result.code as CodeSignal),
        score: 100 + result.score,
        tier: 'exact' as const,
      }));
  }
  const [top] = index.search(codes ? query : withoutNumbers(query), { limit: 1 });
  if (!top) return [];
  const text = corpus.docText(top.href);
  for (const trigger of triggers) {
    if (trigger.kind === 'error') continue;
    if (text && traceWords(trigger).every((word) => text.includes(word)))
      return [{ result: top, reason: triggerReason(trigger), score: 50 + top.score, tier: 'probable' }];
  }
  if (
    triggers.some((trigger) => trigger.kind === 'error') &&
    top.score >= MIN_MESSAGE_SCORE &&
    top.terms.length >= MIN_MESSAGE_TERMS
  ) {
    return [{ result: top, reason: triggerReason({ kind: 'error' }), score: top.score, tier: resultTier(top, true) }];
  }
  return [];
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

/** What the analysis needs of the documents, computed once per document set (a page analyses many pastes). */
type Corpus = { docText: (href: string) => string | undefined; knownCodes: Set<number> };
const corpora = new WeakMap<readonly SearchDoc[], Corpus>();

function corpusOf(documents: readonly SearchDoc[]): Corpus {
  let corpus = corpora.get(documents);
  if (!corpus) {
    const texts = new Map(documents.map((doc) => [doc.href, foldText(`${doc.title}\n${doc.text}`)]));
    corpus = {
      docText: (href) => texts.get(href) ?? findRangeRow(href, documents, texts),
      knownCodes: new Set(documents.flatMap((doc) => doc.codes)),
    };
    corpora.set(documents, corpus);
  }
  return corpus;
}

/**
 * Analyses a paste with the search index and the documents it was built from. Cost: one search per
 * distinct record that carries a signal; repeats are counted, not searched again.
 */
export function analysePaste(paste: string, index: SearchIndex, documents: readonly SearchDoc[]): Analysis {
  return runToEnd(analysisSteps(paste, index, documents));
}

/**
 * `analysePaste` as steps: it yields after each record and after each search, the units of its work, so that
 * a page can run it in slices between frames (lib/slices.ts) and a worker can drop a run that a newer paste
 * replaced.
 */
export function* analysisSteps(
  paste: string,
  index: SearchIndex,
  documents: readonly SearchDoc[],
): Generator<void, Analysis, undefined> {
  const corpus = corpusOf(documents);
  let records = 0;

  // Group repeats: the same text but for times, ids and counters, and the same codes.
  type Group = { record: LogRecord; query: string; codes: boolean; triggers: Trigger[]; lines: number[] };
  const groups = new Map<string, Group>();
  const windowsCodes = new Map<string, WindowsCodeFinding>();
  for (const record of recordsOf(paste)) {
    records++;
    const query = (record.query ?? record.text).slice(0, SEARCH_CHARS);
    for (const code of windowsCodesIn(query))
      if (!windowsCodes.has(code.hex)) windowsCodes.set(code.hex, { ...code, line: record.firstLine });
    // Another provider's event (Service Control Manager about the print spooler) is not ours, whatever its
    // words share with our rows; it is read only when its message names one of our services.
    if (isOtherProvidersEvent(query)) {
      yield;
      continue;
    }
    // Codes no document answers to (other software's errors) are not worth a search.
    const codes = extractSignals(query)
      .codes.filter((code) => code.kind !== 'number' && code.log !== 'other' && corpus.knownCodes.has(code.value))
      .map((code) => `${code.kind}:${code.value}:${code.log ?? ''}`);
    const key = `${repeatKey(record.text)}|${codes.join(',')}`;
    const seen = groups.get(key);
    if (seen) seen.lines.push(record.firstLine);
    else
      groups.set(key, {
        record,
        query,
        codes: codes.length > 0,
        triggers: recordTriggers(query),
        lines: [record.firstLine],
      });
    yield;
  }
  // Codes first, then specific traces, then error messages; beyond the budget the analysis says it stopped.
  const priority = (group: Group) => (group.codes ? 0 : group.triggers.some((t) => t.kind !== 'error') ? 1 : 2);
  const worth = [...groups.values()]
    .filter((group) => group.codes || group.triggers.length)
    .sort((a, b) => priority(a) - priority(b));
  const searched = worth.slice(0, MAX_SEARCHED_RECORDS);

  const findings = new Map<string, AnalysisFinding>();
  for (const { record, query, codes, triggers, lines } of searched) {
    for (const { result, reason, score, tier } of evaluateRecord(query, codes, triggers, index, corpus)) {
      const existing = findings.get(result.href);
      if (existing) {
        existing.occurrences += lines.length;
        existing.lines.push(...lines);
        if (score > existing.score)
          Object.assign(existing, { reason, score, tier, evidence: evidenceOf(record, result.terms) });
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
        tier,
      });
    }
    yield;
  }
  const ranked = [...findings.values()]
    .map((finding) => ({ ...finding, lines: [...new Set(finding.lines)].sort((a, b) => a - b) }))
    .sort((a, b) => b.score - a.score || b.occurrences - a.occurrences);
  return {
    findings: ranked,
    windowsCodes: [...windowsCodes.values()],
    records,
    lines: lineCount(readPart(paste)),
    unread: worth.length - searched.length,
  };
}

function isOtherProvidersEvent(text: string): boolean {
  return readEventFields(text).log === 'other' && !namesOurService(foldText(text));
}

/** A row found through one code of its range links to that code's id; its text is the range row's. */
function findRangeRow(href: string, documents: readonly SearchDoc[], texts: Map<string, string>): string | undefined {
  const target = rowOf(href);
  if (!target) return undefined;
  const row = documents.find((doc) => doc.table === target.table && doc.codes.includes(target.code));
  return row ? texts.get(row.href) : undefined;
}
