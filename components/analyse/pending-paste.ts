'use client';

/**
 * The paste under analysis lives in this tab's sessionStorage only: it never goes into a URL (logs hold
 * machine names, accounts and tenant ids) and is gone when the tab closes.
 */
const KEY = 'portail:analyse-texte';

/** A paste of this many lines is a log rather than a query: search boxes offer to analyse it. */
export const LOG_PASTE_MIN_LINES = 3;

export function nonBlankLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length;
}

export function isLogPaste(text: string): boolean {
  return nonBlankLines(text) >= LOG_PASTE_MIN_LINES;
}

export function keepPaste(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // Storage full or refused: the agent pastes again on /analyse.
  }
}

export function keptPaste(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
