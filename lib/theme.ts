/**
 * The colour theme the agent chose: clair, sombre, or système (follow the OS). Remembered in
 * localStorage. The page carries `data-theme="light|dark"` on <html> only for an explicit choice; with
 * none, CSS follows `prefers-color-scheme` (so the page is right even without JavaScript). An inline
 * script in <head> sets the attribute before the first paint: no flash of the wrong theme.
 */
export const THEME_CHOICES = ['clair', 'sombre', 'systeme'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = 'portail-theme';
export const THEME_ATTRIBUTE = 'data-theme';

export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  clair: 'Clair',
  sombre: 'Sombre',
  systeme: 'Système',
};

export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : 'systeme';
}

/** The attribute value for a choice: none for « système », CSS then follows the OS. */
export function themeAttribute(choice: ThemeChoice): 'light' | 'dark' | null {
  return choice === 'clair' ? 'light' : choice === 'sombre' ? 'dark' : null;
}

/**
 * The <head> script: the same rule as themeAttribute, written out in plain ES5 since it runs before
 * any bundle. A storage error (private mode, blocked storage) leaves the OS preference.
 */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var v=c==='sombre'?'dark':c==='clair'?'light':null;if(v)document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},v);}catch(e){}})();`;
