'use client';

import { useSyncExternalStore } from 'react';

/** Remembered per user (this browser): an agent who works on English servers asks for it every time. */
const STORAGE_KEY = 'portail:ticket-original-anglais';
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'oui';
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  // Every unit's option on the page follows, and so do other tabs.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === STORAGE_KEY) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function choose(english: boolean) {
  try {
    window.localStorage.setItem(STORAGE_KEY, english ? 'oui' : 'non');
  } catch {
    // Storage blocked: the choice holds for this page only.
    fallback = english;
  }
  listeners.forEach((listener) => listener());
}

let fallback: boolean | undefined;

/** « Copier pour le ticket » with the English original or not: off until the agent asks. */
export function useEnglishInTicket(): [boolean, (english: boolean) => void] {
  const english = useSyncExternalStore(
    subscribe,
    () => fallback ?? stored(),
    () => false,
  );
  return [english, choose];
}
