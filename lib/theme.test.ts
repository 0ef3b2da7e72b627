import { describe, expect, it } from 'vitest';
import {
  parseThemeChoice,
  THEME_ATTRIBUTE,
  THEME_CHOICES,
  THEME_SCRIPT,
  THEME_STORAGE_KEY,
  themeAttribute,
} from './theme';

/** Runs the <head> script against a fake page and returns the attribute it set. */
function runScript(stored: string | null, storageThrows = false): string | null {
  let attribute: string | null = null;
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('blocked');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => name === THEME_ATTRIBUTE && (attribute = value) },
  };
  new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, document);
  return attribute;
}

describe('theme', () => {
  it('the head script applies the same rule as the toggle, for every choice', () => {
    for (const choice of THEME_CHOICES) expect(runScript(choice)).toBe(themeAttribute(choice));
    expect(runScript('sombre')).toBe('dark');
    expect(runScript('clair')).toBe('light');
  });

  it('unknown or unreadable choices follow the system', () => {
    expect(runScript(null)).toBeNull();
    expect(runScript('violet')).toBeNull();
    expect(runScript('sombre', true)).toBeNull();
    expect(parseThemeChoice('violet')).toBe('systeme');
    expect(parseThemeChoice(null)).toBe('systeme');
    expect(parseThemeChoice('sombre')).toBe('sombre');
  });
});
