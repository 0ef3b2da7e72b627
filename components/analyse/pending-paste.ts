'use client';

import { readPart } from '@/lib/analyse/records';

/**
 * The paste under analysis lives in this tab's sessionStorage only: it never goes into a URL (logs hold
 * machine names, accounts and tenant ids) and is gone when the tab closes. The tab keeps what the analysis
 * reads, never more (`MAX_PASTE_CHARS`, lib/analyse/records.ts); when a paste was longer, its length is kept beside it so that the
 * page can still say, after a reload, that the rest was not analysed.
 */
const KEY = 'portail:analyse-texte';
const LENGTH_KEY = 'portail:analyse-longueur';

/** A paste of this many lines is a log rather than a query: search boxes offer to analyse it. */
export const LOG_PASTE_MIN_LINES = 3;

export function nonBlankLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length;
}

export function isLogPaste(text: string): boolean {
  return nonBlankLines(text) >= LOG_PASTE_MIN_LINES;
}

/** `full`: the tab's storage quota is reached; `refused`: the browser refuses storage (policy, private mode). */
export type KeepStatus = 'kept' | 'full' | 'refused';

/** Keeps the part of `text` that is read; `pastedLength` is the length of the paste it comes from, if longer. */
export function keepPaste(text: string, pastedLength = text.length): KeepStatus {
  const kept = readPart(text);
  const whole = Math.max(pastedLength, text.length);
  try {
    if (kept) sessionStorage.setItem(KEY, kept);
    else sessionStorage.removeItem(KEY);
    if (whole > kept.length) sessionStorage.setItem(LENGTH_KEY, String(whole));
    else sessionStorage.removeItem(LENGTH_KEY);
    return 'kept';
  } catch (error) {
    try {
      // A reload must not bring back an older paste in place of this one.
      sessionStorage.removeItem(KEY);
      sessionStorage.removeItem(LENGTH_KEY);
    } catch {
      // Storage refused altogether: there is nothing to remove.
    }
    return (error as Error).name === 'QuotaExceededError' ? 'full' : 'refused';
  }
}

/** The kept paste and the length of the paste it was cut from (its own length when it was not cut). */
export function keptPaste(): { text: string; pastedLength: number } {
  try {
    const text = sessionStorage.getItem(KEY) ?? '';
    const pastedLength = Number(sessionStorage.getItem(LENGTH_KEY));
    return { text, pastedLength: pastedLength > text.length ? pastedLength : text.length };
  } catch {
    return { text: '', pastedLength: 0 };
  }
}

/** The field is written to the tab this long after the last key press: never on every key. */
export const KEEP_DELAY_MS = 500;

/**
 * Keeps the field in the tab when the agent pauses: `schedule` on each change costs nothing (the text is read
 * only when it is written), `flush` writes now (before an analysis, when the page goes away). `onKept` gets
 * the outcome and the text written.
 */
export function createPasteKeeper(onKept: (status: KeepStatus, text: string) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let read: (() => { text: string; pastedLength?: number }) | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (!read) return;
    const { text, pastedLength } = read();
    read = undefined;
    onKept(keepPaste(text, pastedLength), text);
  };
  return {
    schedule(next: typeof read) {
      read = next;
      clearTimeout(timer);
      timer = setTimeout(flush, KEEP_DELAY_MS);
    },
    flush,
  };
}
