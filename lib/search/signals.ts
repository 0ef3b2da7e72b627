import { decodeErrorCode } from '@/lib/error-code';
import { foldForSearch } from './tokenize';

/**
 * What a query says beyond its words: codes in any notation, event ids ("événement 35", "event ID 7"),
 * enrollment status numbers ("inscription 13", "code 29"), non-compliance cases ("cas 1"), GUIDs.
 */
export type CodeKind = 'event' | 'status' | 'case' | 'number';
export type CodeSignal = { value: number; kind: CodeKind | 'code32'; text: string };
export type QuerySignals = { codes: CodeSignal[]; guids: string[] };

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
const HEX_PREFIXED = /\b0x[0-9a-f]{1,8}\b/g;
/** Bare hexadecimal as Intune prints it without 0x: 8 digits with at least one letter. */
const HEX_BARE = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b/g;
/** Signed or large unsigned decimals: how consoles print 32-bit codes. */
const BIG_DECIMAL = /(?<![\w.-])-\d{6,10}\b|\b\d{7,10}\b/g;
const KEYED_NUMBER =
  /\b(evenements?|events?|event id|evt|id d'evenement|id|inscription|enrollment(?: status)?|enrollmentstatus|statut|etat|status|code d'erreur|code|cas|case)\s*(?:n°|no|#|:|-)?\s*(\d{1,5})\b/g;
/** A bare number of 2–4 digits may be an event id or a status; a lone digit is too common to mean one. */
const PLAIN_NUMBER = /(?<![\w.:-])\d{2,4}(?![\w.:-])/g;

const KIND_OF_KEY: Readonly<Record<string, CodeKind>> = {
  evenement: 'event',
  evenements: 'event',
  event: 'event',
  events: 'event',
  'event id': 'event',
  evt: 'event',
  "id d'evenement": 'event',
  id: 'event',
  inscription: 'status',
  enrollment: 'status',
  'enrollment status': 'status',
  enrollmentstatus: 'status',
  statut: 'status',
  etat: 'status',
  status: 'status',
  "code d'erreur": 'number',
  code: 'number',
  cas: 'case',
  case: 'case',
};

export function extractSignals(query: string): QuerySignals {
  // Only the first 2,000 characters: a pasted log keeps its codes near the top, and cost stays bounded.
  let text = foldForSearch(query.slice(0, 2000));
  const guids = text.match(GUID) ?? [];
  text = text.replace(GUID, ' ');
  const codes: CodeSignal[] = [];
  const add = (raw: string, kind: CodeSignal['kind']) => {
    const decoded = decodeErrorCode(raw);
    if (decoded.ok && !codes.some((code) => code.value === decoded.value.unsigned && code.kind === kind)) {
      codes.push({ value: decoded.value.unsigned, kind, text: raw });
    }
  };
  for (const match of text.matchAll(HEX_PREFIXED)) add(match[0], 'code32');
  for (const match of text.matchAll(HEX_BARE)) add(match[0], 'code32');
  for (const match of text.matchAll(BIG_DECIMAL)) add(match[0], 'code32');
  for (const match of text.matchAll(KEYED_NUMBER)) add(match[2] as string, KIND_OF_KEY[match[1] as string] ?? 'number');
  for (const match of text.matchAll(PLAIN_NUMBER)) add(match[0], 'number');
  return { codes, guids };
}
